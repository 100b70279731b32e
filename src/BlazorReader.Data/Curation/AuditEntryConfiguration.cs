using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorReader.Data.Curation;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.HasIndex(x => x.At);
        e.HasIndex(x => new { x.Action, x.At });
        e.Property(x => x.UserName).HasMaxLength(256);
        e.Property(x => x.Action).HasMaxLength(40);
        e.Property(x => x.Detail).HasMaxLength(AuditTrail.MaxDetailLength);
    }
}
