using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using BlazorReader.Core.Arabic;
using BlazorReader.Core.Articles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BlazorReader.Data.Articles;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    // Arabic letters are stored as themselves, not as \uXXXX escapes that made the column five
    // times the size of the text; every stored form, escaped or not, reads back the same.
    // Absent tweet fields are left out rather than written as nulls (a twelfth of the column,
    // written and read on every import); blocks stored with the nulls read back the same.
    private static readonly JsonSerializerOptions BlockJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public void Configure(EntityTypeBuilder<Article> a)
    {
        a.Property(x => x.Title).HasMaxLength(400);
        a.Property(x => x.Slug).HasMaxLength(100);
        a.Property(x => x.TitleKey).HasMaxLength(TitleKey.MaxLength);
        a.HasIndex(x => x.TitleKey);
        a.Property(x => x.Byline).HasMaxLength(400);
        a.Property(x => x.Dateline).HasMaxLength(400);
        a.Property(x => x.Attribution).HasMaxLength(400);
        a.Property(x => x.Source).HasMaxLength(100);
        a.Property(x => x.SourceUrl).HasMaxLength(ReaderDbContext.MaxSourceUrlLength);
        a.Property(x => x.ContentHash).HasMaxLength(64).IsFixedLength();
        a.Property(x => x.RawTitle).HasMaxLength(1000);
        a.Property(x => x.RawAuthor).HasMaxLength(1000);
        a.Property(x => x.Origin).HasMaxLength(1000);
        a.Property(x => x.Lead).HasMaxLength(600);
        // Optimistic concurrency: a save made over a version the editor did not see fails.
        a.Property(x => x.Version).IsConcurrencyToken();
        a.Property(x => x.Blocks).HasConversion(
            v => JsonSerializer.Serialize(v, BlockJson),
            v => JsonSerializer.Deserialize<List<ContentBlock>>(v, BlockJson) ?? new List<ContentBlock>(),
            new ValueComparer<List<ContentBlock>>(
                (x, y) => x!.SequenceEqual(y!),
                v => v.Aggregate(0, (h, b) => HashCode.Combine(h, b.GetHashCode())),
                v => v.ToList()));
        // What a row written before the cleaner's version was recorded was cleaned by. Every
        // write states its version; the index keeps `reclean`'s search (and a run with nothing
        // left to do) off the articles' pages.
        a.Property(x => x.CleanerVersion).HasDefaultValue(1);
        a.HasIndex(x => x.CleanerVersion);
        a.HasIndex(x => x.SourceUrl).IsUnique().HasDatabaseName("IX_Articles_SourceUrl");
        a.HasIndex(x => x.ContentHash);
        a.HasIndex(x => new { x.Status, x.SortDate });
        a.HasIndex(x => new { x.Source, x.SortDate });
        // A story's coverage is read by its id; deleting a story leaves its articles unassigned.
        a.HasIndex(x => new { x.StoryId, x.SortDate });
        a.HasOne<Stories.Story>().WithMany().HasForeignKey(x => x.StoryId).OnDelete(DeleteBehavior.SetNull);
        a.HasOne<Media.MediaItem>().WithMany().HasForeignKey(x => x.LeadMediaId).OnDelete(DeleteBehavior.SetNull);
        a.HasMany(x => x.Teasers).WithOne().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
        a.HasMany(x => x.RemovedFragments).WithOne().HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
        a.HasMany(x => x.Snapshots).WithOne().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
        a.HasMany(x => x.Tags).WithMany(t => t.Articles).UsingEntity("ArticleTags");
    }
}
