using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorReader.Data.Leases;

internal sealed class WriterLeaseConfiguration : IEntityTypeConfiguration<WriterLease>
{
    public void Configure(EntityTypeBuilder<WriterLease> c)
    {
        c.HasKey(x => x.Name);
        c.Property(x => x.Name).HasMaxLength(64);
        c.Property(x => x.Holder).HasMaxLength(200);
        // The row exists from the first migration on, so taking the lease is one conditional
        // update on every provider, never an insert two instances could race to.
        c.HasData(new WriterLease { Name = WriterLeases.RelatedLists, Holder = "", Until = DateTime.UnixEpoch, Position = 0 });
    }
}
