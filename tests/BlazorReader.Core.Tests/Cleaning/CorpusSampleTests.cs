using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A sampled check on real articles the fixtures do not cover (the full run is in the bench).
public class CorpusSampleTests
{
    [Fact]
    public void Sampled_articles_clean_to_a_body_with_no_cr_or_bom_and_nothing_lost_without_reason()
    {
        var cleaner = new ArticleCleaner();
        foreach (var raw in CorpusSample.Take(300, seed: 5))
        {
            var c = cleaner.Clean(raw);
            Assert.DoesNotContain('\r', c.Markdown);
            Assert.DoesNotContain('\uFEFF', c.Markdown);
            Assert.All(c.Removed, r => Assert.False(string.IsNullOrEmpty(r.Reason)));
            var words = raw.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(LineSplitter.Normalize).Where(w => w.Length > 0);
            var kept = string.Join(' ', c.Blocks.Select(b => b.Text).Concat(c.Removed.Select(r => r.Text)));
            Assert.All(words, w => Assert.Contains(w, kept, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Sampled_clean_articles_lose_nothing()
    {
        var cleaner = new ArticleCleaner();
        var clean = CorpusSample.Take(400, seed: 9).Select(cleaner.Clean).Where(c => c.Removed.Count == 0).ToList();
        Assert.NotEmpty(clean);
        Assert.All(clean, c => Assert.Equal(c.Blocks, cleaner.Clean(new RawArticle(c.Markdown, Title: c.Title)).Blocks));
    }
}
