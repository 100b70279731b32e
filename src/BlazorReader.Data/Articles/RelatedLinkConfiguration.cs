using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorReader.Data.Articles;

internal sealed class RelatedLinkConfiguration : IEntityTypeConfiguration<RelatedLink>
{
    public void Configure(EntityTypeBuilder<RelatedLink> r)
    {
        // Unique: instances that replace one list at once cannot both leave their rows.
        r.HasIndex(x => new { x.ArticleId, x.Position }).IsUnique();
        r.HasIndex(x => x.RelatedArticleId);
        r.Property(x => x.Reason).HasMaxLength(200);
        r.HasOne<Article>().WithMany().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Cascade);
        // NO ACTION: SQL Server refuses a second cascade path to Articles.
        r.HasOne<Article>().WithMany().HasForeignKey(x => x.RelatedArticleId).OnDelete(DeleteBehavior.NoAction);
    }
}
