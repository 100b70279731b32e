using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorReader.Data.Instances;

internal sealed class InstanceFollowerConfiguration : IEntityTypeConfiguration<InstanceFollower>
{
    public void Configure(EntityTypeBuilder<InstanceFollower> c)
    {
        c.HasKey(x => new { x.Instance, x.Consumer });
        c.Property(x => x.Instance).HasMaxLength(200);
        c.Property(x => x.Consumer).HasMaxLength(64);
        c.HasIndex(x => x.ReportedAt);
    }
}
