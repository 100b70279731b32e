using BlazorReader.Data.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorReader.Data.Stories;

internal sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> s)
    {
        s.Property(x => x.Title).HasMaxLength(400);
        s.Property(x => x.EditorTitle).HasMaxLength(400);
        s.Property(x => x.Slug).HasMaxLength(100);
        s.Ignore(x => x.DisplayTitle);
        s.Ignore(x => x.Path);
        // The front page ranks recent stories by how many papers tell them.
        s.HasIndex(x => new { x.LastPublishedAt, x.SourceCount });
    }
}

internal sealed class StoryRuleConfiguration : IEntityTypeConfiguration<StoryRule>
{
    public void Configure(EntityTypeBuilder<StoryRule> r)
    {
        r.Property(x => x.CreatedBy).HasMaxLength(256);
        r.HasIndex(x => x.ArticleId);
        r.HasIndex(x => x.OtherArticleId);
        r.HasOne<Article>().WithMany().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Cascade);
        // NO ACTION: SQL Server refuses a second cascade path to Articles.
        r.HasOne<Article>().WithMany().HasForeignKey(x => x.OtherArticleId).OnDelete(DeleteBehavior.NoAction);
    }
}
