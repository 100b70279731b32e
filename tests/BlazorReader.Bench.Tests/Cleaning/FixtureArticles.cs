using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;

namespace BlazorReader.Bench.Tests.Cleaning;

// The eight clean corpus articles the shape tests dress (see Fixtures/README.md).
internal static class FixtureArticles
{
    public static readonly IReadOnlyList<RawArticle> All =
        [.. ArticleSourceReader.Read(Path.Combine(AppContext.BaseDirectory, "Cleaning", "Fixtures", "clean-articles.json")).Select(i => i.Article!)];
}
