using BlazorReader.Core.Arabic;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorReader.Data.Articles;

internal sealed class ArticleTeaserConfiguration : IEntityTypeConfiguration<ArticleTeaser>
{
    public void Configure(EntityTypeBuilder<ArticleTeaser> t)
    {
        t.Property(x => x.Text).HasMaxLength(1000);
        t.Property(x => x.NormalizedText).HasMaxLength(TitleKey.MaxLength);
        t.HasIndex(x => x.NormalizedText);
        // NO ACTION: SQL Server refuses a second cascade path to Articles.
        t.HasOne<Article>().WithMany().HasForeignKey(x => x.LinkedArticleId).OnDelete(DeleteBehavior.NoAction);
    }
}
