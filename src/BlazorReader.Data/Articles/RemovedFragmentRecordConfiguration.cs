using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorReader.Data.Articles;

internal sealed class RemovedFragmentRecordConfiguration : IEntityTypeConfiguration<RemovedFragmentRecord>
{
    public void Configure(EntityTypeBuilder<RemovedFragmentRecord> f) => f.Property(x => x.Reason).HasMaxLength(100);
}
