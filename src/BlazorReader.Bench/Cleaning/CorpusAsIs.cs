using System.Globalization;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Bench.Cleaning;

// The cleaner over every corpus article as it is: how many lost anything, removals by reason,
// and 50 drawn at random to read. The corpus is mostly clean: a removal there must be noise,
// and reading them is how a lost paragraph would be found.
public static class CorpusAsIs
{
    public static void Write(TextWriter output, List<RawArticle> all, ArticleCleaner cleaner, int seed, string? removalsFile)
    {
        var removals = new List<(RawArticle Article, RemovedFragment Removed)>();
        var touched = 0;
        var doubts = 0;
        var tweets = new List<(RawArticle Article, ContentBlock Tweet)>();
        foreach (var article in all)
        {
            var c = cleaner.Clean(article);
            tweets.AddRange(c.Blocks.Where(b => b.Kind == BlockKind.Tweet).Select(b => (article, b)));
            touched += c.Removed.Count > 0 ? 1 : 0;
            doubts += c.Doubts.Count > 0 ? 1 : 0;
            removals.AddRange(c.Removed.Select(x => (article, x)));
        }
        output.WriteLine();
        output.WriteLine($"the corpus as it is: {all.Count} articles; {touched} had something removed ({removals.Count} removals); {doubts} marked for an editor");
        output.WriteLine("| reason | removals | articles |");
        output.WriteLine("|---|---|---|");
        foreach (var g in removals.GroupBy(x => x.Removed.Reason).OrderByDescending(g => g.Count()))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {g.Key} | {g.Count()} | {g.Select(x => x.Article).Distinct().Count()} |"));
        }
        // Tweets rebuilt from the corpus's own text: a shape rule that fires on story lines shows here.
        output.WriteLine($"tweet cards rebuilt: {tweets.Count} in {tweets.Select(t => t.Article).Distinct().Count()} articles; with no link {tweets.Count(t => t.Tweet.Url is null)}");
        var r = new Random(seed);
        foreach (var (article, tweet) in tweets.OrderBy(_ => r.Next()).Take(10))
        {
            output.WriteLine($"  {article.Source}: @{tweet.Handle} «{Cut(tweet.Text.ReplaceLineEndings(" ⏎ "))}» {tweet.Url}");
        }
        output.WriteLine("50 removals drawn at random, to read:");
        foreach (var (article, removed) in removals.OrderBy(_ => r.Next()).Take(50))
        {
            output.WriteLine($"  [{removed.Reason}] {article.Source}: {Cut(removed.Text)}");
        }
        if (removalsFile is not null)
        {
            File.WriteAllLines(removalsFile, removals.Select(x => string.Join('\t', x.Article.Source, x.Article.SourceUrl, x.Removed.Reason, x.Removed.Text.Replace('\t', ' '))));
            output.WriteLine($"every removal written to {removalsFile}");
        }
    }

    private static string Cut(string text) => text.Length > 140 ? text[..140] + "…" : text;
}
