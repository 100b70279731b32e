using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorReader.Data.Articles;

internal sealed class RelatedOverrideConfiguration : IEntityTypeConfiguration<RelatedOverride>
{
    public void Configure(EntityTypeBuilder<RelatedOverride> r)
    {
        r.HasIndex(x => new { x.ArticleId, x.OtherArticleId }).IsUnique();
        r.HasOne<Article>().WithMany().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Cascade);
        // NO ACTION: SQL Server refuses a second cascade path to Articles.
        r.HasOne<Article>().WithMany().HasForeignKey(x => x.OtherArticleId).OnDelete(DeleteBehavior.NoAction);
    }
}
