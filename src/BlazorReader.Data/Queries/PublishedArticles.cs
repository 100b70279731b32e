using BlazorReader.Core.Articles;
using BlazorReader.Data.Articles;

namespace BlazorReader.Data.Queries;

// What a reader may see: published articles; drafts and hidden ones are the editors'. Every
// query for readers' pages, feeds and the public API filters through here, so a rule that
// grows (an embargo date, a takedown) is written once for the store. The search index applies
// the same rule to the status it stores (SearchFilterBuilder), and so do the related lists
// computed in memory (RelatedStoryService).
public static class PublishedArticles
{
    public static IQueryable<Article> Published(this IQueryable<Article> articles) =>
        articles.Where(a => a.Status == ArticleStatus.Published);
}
