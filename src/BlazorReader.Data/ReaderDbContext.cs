using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using BlazorReader.Core.Arabic;
using BlazorReader.Core.Articles;
using BlazorReader.Data.Articles;
using BlazorReader.Data.ChangeLog;
using BlazorReader.Data.Accounts;
using BlazorReader.Data.Curation;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace BlazorReader.Data;

// Articles, accounts (Identity) and the Data Protection keys share one store, so several app
// instances on one database share logins as well as content.
public class ReaderDbContext(DbContextOptions<ReaderDbContext> options)
    : IdentityDbContext<ReaderUser>(options), IDataProtectionKeyContext
{
    // Long enough for real news URLs, short enough for SQL Server's 1,700-byte index key.
    public const int MaxSourceUrlLength = 850;

    // Arabic letters are stored as themselves, not as \uXXXX escapes that made the column five
    // times the size of the text; every stored form, escaped or not, reads back the same.
    // Absent tweet fields are left out rather than written as nulls (a twelfth of the column,
    // written and read on every import); blocks stored with the nulls read back the same.
    private static readonly JsonSerializerOptions BlockJson = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleTeaser> Teasers => Set<ArticleTeaser>();
    public DbSet<RemovedFragmentRecord> RemovedFragments => Set<RemovedFragmentRecord>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<ArticleSnapshot> Snapshots => Set<ArticleSnapshot>();
    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();
    public DbSet<RelatedLink> RelatedLinks => Set<RelatedLink>();
    public DbSet<RelatedOverride> RelatedOverrides => Set<RelatedOverride>();
    public DbSet<ArticleRevision> Revisions => Set<ArticleRevision>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Article>(a =>
        {
            a.Property(x => x.Title).HasMaxLength(400);
            a.Property(x => x.Slug).HasMaxLength(100);
            a.Property(x => x.TitleKey).HasMaxLength(TitleKey.MaxLength);
            a.HasIndex(x => x.TitleKey);
            a.Property(x => x.Byline).HasMaxLength(400);
            a.Property(x => x.Dateline).HasMaxLength(400);
            a.Property(x => x.Attribution).HasMaxLength(400);
            a.Property(x => x.Source).HasMaxLength(100);
            a.Property(x => x.SourceUrl).HasMaxLength(MaxSourceUrlLength);
            a.Property(x => x.ContentHash).HasMaxLength(64).IsFixedLength();
            a.Property(x => x.RawTitle).HasMaxLength(1000);
            a.Property(x => x.RawAuthor).HasMaxLength(1000);
            a.Property(x => x.Origin).HasMaxLength(1000);
            a.Property(x => x.Lead).HasMaxLength(600);
            a.Property(x => x.Version).IsConcurrencyToken();
            a.Property(x => x.Blocks).HasConversion(
                v => JsonSerializer.Serialize(v, BlockJson),
                v => JsonSerializer.Deserialize<List<ContentBlock>>(v, BlockJson) ?? new List<ContentBlock>(),
                new ValueComparer<List<ContentBlock>>(
                    (x, y) => x!.SequenceEqual(y!),
                    v => v.Aggregate(0, (h, b) => HashCode.Combine(h, b.GetHashCode())),
                    v => v.ToList()));
            a.HasIndex(x => x.SourceUrl).IsUnique().HasDatabaseName("IX_Articles_SourceUrl");
            a.HasIndex(x => x.ContentHash);
            a.HasIndex(x => new { x.Status, x.SortDate });
            a.HasIndex(x => new { x.Source, x.SortDate });
            a.HasMany(x => x.Teasers).WithOne().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
            a.HasMany(x => x.RemovedFragments).WithOne().HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
            a.HasMany(x => x.Snapshots).WithOne().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
            a.HasMany(x => x.Tags).WithMany(t => t.Articles).UsingEntity("ArticleTags");
        });
        modelBuilder.Entity<ArticleTeaser>(t =>
        {
            t.Property(x => x.Text).HasMaxLength(1000);
            t.Property(x => x.NormalizedText).HasMaxLength(TitleKey.MaxLength);
            t.HasIndex(x => x.NormalizedText);
            t.HasOne<Article>().WithMany().HasForeignKey(x => x.LinkedArticleId).OnDelete(DeleteBehavior.NoAction);
        });
        modelBuilder.Entity<RemovedFragmentRecord>(f => f.Property(x => x.Reason).HasMaxLength(100));
        modelBuilder.Entity<Tag>(t =>
        {
            t.Property(x => x.Name).HasMaxLength(100);
            t.Property(x => x.Slug).HasMaxLength(100);
            t.HasIndex(x => x.Slug).IsUnique();
        });
        modelBuilder.Entity<ArticleSnapshot>(s => s.Property(x => x.ContentHash).HasMaxLength(64).IsFixedLength());
        modelBuilder.Entity<ChangeLogEntry>(c => c.HasKey(x => x.Sequence));
        modelBuilder.Entity<RelatedLink>(r =>
        {
            r.HasIndex(x => new { x.ArticleId, x.Position });
            r.HasIndex(x => x.RelatedArticleId);
            r.HasOne<Article>().WithMany().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Cascade);
            r.HasOne<Article>().WithMany().HasForeignKey(x => x.RelatedArticleId).OnDelete(DeleteBehavior.NoAction);
        });
        modelBuilder.Entity<RelatedOverride>(r =>
        {
            r.HasIndex(x => new { x.ArticleId, x.OtherArticleId }).IsUnique();
            r.HasOne<Article>().WithMany().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Cascade);
            r.HasOne<Article>().WithMany().HasForeignKey(x => x.OtherArticleId).OnDelete(DeleteBehavior.NoAction);
        });
        modelBuilder.Entity<ArticleRevision>(r =>
        {
            r.HasIndex(x => new { x.ArticleId, x.Number }).IsUnique();
            r.Property(x => x.Title).HasMaxLength(400);
            r.Property(x => x.Slug).HasMaxLength(100);
            r.Property(x => x.Source).HasMaxLength(100);
            r.Property(x => x.UserName).HasMaxLength(256);
            r.Property(x => x.ChangedFields).HasMaxLength(200);
            r.Property(x => x.Tags).HasMaxLength(2000);
            r.HasOne<Article>().WithMany().HasForeignKey(x => x.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.HasIndex(x => x.At);
            e.HasIndex(x => new { x.Action, x.At });
            e.Property(x => x.UserName).HasMaxLength(256);
            e.Property(x => x.Action).HasMaxLength(40);
            e.Property(x => x.Detail).HasMaxLength(2000);
        });
        modelBuilder.Entity<ImportRun>(r =>
        {
            r.HasIndex(x => x.StartedAt);
            r.Property(x => x.UserName).HasMaxLength(256);
            r.Property(x => x.Origin).HasMaxLength(1000);
            r.Property(x => x.Outcome).HasMaxLength(400);
        });
    }
}
