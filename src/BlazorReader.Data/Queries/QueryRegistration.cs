using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Data.Queries;

// The read side: every query a page, an endpoint or a start-up step runs lives in this folder,
// one idea a file. Each is a class that owns the IDbContextFactory, registered here, so that
// a caller is handed one object and never holds a context (an editor's circuit lives for
// minutes; a context should live for one read), and a read of several round trips (the
// article, where its teasers lead, its related list) runs them on one short-lived context.
// What other reads compose on their own context stays a static piece over that context: the
// readers' rule (PublishedArticles.Published) and the related list (RelatedStoryQuery).
public static class QueryRegistration
{
    public static IServiceCollection AddReaderQueries(this IServiceCollection services)
    {
        services.AddSingleton<HomePageQuery>();
        services.AddSingleton<PublishedArticleQuery>();
        services.AddSingleton<SameSourceNeighboursQuery>();
        services.AddSingleton<SourceUrlQuery>();
        services.AddSingleton<FeedQuery>();
        services.AddSingleton<SitemapQuery>();
        services.AddSingleton<ArticleVersionQuery>();
        services.AddSingleton<StoreContentsQuery>();
        services.AddSingleton<ArticleListQuery>();
        services.AddSingleton<DashboardQuery>();
        services.AddSingleton<AuditLogQuery>();
        services.AddSingleton<RevisionHistoryQuery>();
        services.AddSingleton<ImportRunsQuery>();
        services.AddSingleton<CleaningRecordQuery>();
        services.AddSingleton<RelatedCurationQuery>();
        services.AddSingleton<SourceNamesQuery>();
        services.AddSingleton<StoryPageQuery>();
        services.AddSingleton<FrontPageQuery>();
        services.AddSingleton<StorySitemapQuery>();
        services.AddSingleton<StoryCurationQuery>();
        services.AddSingleton<MediaQuery>();
        services.AddSingleton<InstanceLagQuery>();
        return services;
    }
}
