using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorReader.Data.Articles;

internal sealed class ArticleSnapshotConfiguration : IEntityTypeConfiguration<ArticleSnapshot>
{
    public void Configure(EntityTypeBuilder<ArticleSnapshot> s) => s.Property(x => x.ContentHash).HasMaxLength(64).IsFixedLength();
}
