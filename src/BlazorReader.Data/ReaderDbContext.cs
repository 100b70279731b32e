using BlazorReader.Data.Articles;
using BlazorReader.Data.ChangeLog;
using BlazorReader.Data.Accounts;
using BlazorReader.Data.Curation;
using BlazorReader.Data.Instances;
using BlazorReader.Data.Leases;
using BlazorReader.Data.Media;
using BlazorReader.Data.Sources;
using BlazorReader.Data.Stories;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data;

// Articles, accounts (Identity) and the Data Protection keys share one store, so several app
// instances on one database share logins as well as content.
public class ReaderDbContext(DbContextOptions<ReaderDbContext> options)
    : IdentityDbContext<ReaderUser>(options), IDataProtectionKeyContext
{
    // Long enough for real news URLs, short enough for SQL Server's 1,700-byte index key.
    public const int MaxSourceUrlLength = 850;

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
    public DbSet<Story> Stories => Set<Story>();
    public DbSet<StoryRule> StoryRules => Set<StoryRule>();
    public DbSet<NewsSource> Sources => Set<NewsSource>();
    public DbSet<MediaItem> Media => Set<MediaItem>();
    public DbSet<WriterLease> WriterLeases => Set<WriterLease>();
    public DbSet<InstanceFollower> InstanceFollowers => Set<InstanceFollower>();

    // One configuration per entity, beside it; Identity's tables come from the base class.
    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.ApplyConfiguration(new ArticleConfiguration());
        builder.ApplyConfiguration(new ArticleTeaserConfiguration());
        builder.ApplyConfiguration(new RemovedFragmentRecordConfiguration());
        builder.ApplyConfiguration(new TagConfiguration());
        builder.ApplyConfiguration(new ArticleSnapshotConfiguration());
        builder.ApplyConfiguration(new ChangeLogEntryConfiguration());
        builder.ApplyConfiguration(new RelatedLinkConfiguration());
        builder.ApplyConfiguration(new RelatedOverrideConfiguration());
        builder.ApplyConfiguration(new ArticleRevisionConfiguration());
        builder.ApplyConfiguration(new AuditEntryConfiguration());
        builder.ApplyConfiguration(new ImportRunConfiguration());
        builder.ApplyConfiguration(new StoryConfiguration());
        builder.ApplyConfiguration(new StoryRuleConfiguration());
        builder.ApplyConfiguration(new NewsSourceConfiguration());
        builder.ApplyConfiguration(new InstanceFollowerConfiguration());
        builder.ApplyConfiguration(new MediaItemConfiguration());
        builder.ApplyConfiguration(new WriterLeaseConfiguration());
    }
}
