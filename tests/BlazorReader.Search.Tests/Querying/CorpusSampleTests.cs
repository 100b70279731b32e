using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;

namespace BlazorReader.Search.Tests.Querying;

// A real day of the corpus, when the shared corpus sits beside the repository
// (../shared/corpus); skipped elsewhere. Sampled with a fixed seed so failures repeat.
public class CorpusSampleTests
{
    private const int SampleSize = 40;

    private static List<RawArticle> FirstDay()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "BlazorReader.sln"))) root = root.Parent;
        var folder = root is null ? "" : Path.Combine(root.FullName, "..", "shared", "corpus", "saudinewsnet");
        var zip = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.zip").Order(StringComparer.Ordinal).FirstOrDefault() : null;
        if (zip is null) Assert.Skip("corpus absent: ../shared/corpus/saudinewsnet beside the repository");
        return ArticleSourceReader.Read(zip!).Select(i => i.Article).OfType<RawArticle>().Take(1500).ToList();
    }

    private static double ShareFoundFirst(Func<string, string> rewrite)
    {
        var articles = FirstDay();
        using var index = ArticleIndex.InMemory();
        index.UpsertMany(articles.Select((a, id) =>
            new SearchDocument(id, a.Title ?? "", a.Text, a.Source, [], ArticleStatus.Published, a.PublishedAt)));
        index.Commit();
        var sample = new Random(7).GetItems(Enumerable.Range(0, articles.Count).Where(i => (articles[i].Title ?? "").Length > 20).ToArray(), SampleSize);
        var found = sample.Count(id =>
        {
            var top = index.Search(new SearchRequest(rewrite(articles[id].Title!)) { Size = 1, WithSnippets = false }).Items;
            return top.Count == 1 && top[0].Title.Trim() == articles[id].Title!.Trim();
        });
        return found / (double)SampleSize;
    }

    [Fact]
    public void Finds_sampled_titles_first() => Assert.True(ShareFoundFirst(t => t) >= 0.95);

    [Fact]
    public void Finds_sampled_titles_typed_without_hamza_or_taa_marbuta() =>
        Assert.True(ShareFoundFirst(t => t.Replace('أ', 'ا').Replace('إ', 'ا').Replace('ة', 'ه')) >= 0.95);
}
