using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorReader.Data.Curation;

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> r)
    {
        r.HasIndex(x => x.StartedAt);
        r.Property(x => x.UserName).HasMaxLength(256);
        r.Property(x => x.Origin).HasMaxLength(1000);
        r.Property(x => x.Outcome).HasMaxLength(400);
    }
}
