using BlazorReader.Data.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorReader.Data.Curation;

internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> r)
    {
        r.HasIndex(x => new { x.ArticleId, x.Number }).IsUnique();
        r.Property(x => x.Title).HasMaxLength(400);
        r.Property(x => x.Slug).HasMaxLength(100);
        r.Property(x => x.Source).HasMaxLength(100);
        r.Property(x => x.UserName).HasMaxLength(256);
        r.Property(x => x.ChangedFields).HasMaxLength(200);
        r.Property(x => x.Tags).HasMaxLength(2000);
        r.HasOne<Article>().WithMany().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
