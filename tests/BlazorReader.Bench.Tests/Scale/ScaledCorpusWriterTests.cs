using BlazorReader.Bench.Scale;
using BlazorReader.Core.Importing;

namespace BlazorReader.Bench.Tests.Scale;

public sealed class ScaledCorpusWriterTests : IDisposable
{
    private readonly TinyCorpus corpus = new();
    private readonly string output = Directory.CreateTempSubdirectory("br-scale-out-").FullName;

    private string Write(int factor, int seed, string name = "out")
    {
        var folder = Path.Combine(output, name);
        new ScaledCorpusWriter(CorpusFile.ReadAll(corpus.Folder), seed).Write(factor, folder);
        return folder;
    }

    // Each file's name and its bytes as text, so two writes compare by content.
    private static List<string> Files(string folder) =>
        [.. Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => Path.GetFileName(f) + " " + Convert.ToBase64String(File.ReadAllBytes(f)))];

    private static List<CorpusRecord> Generated(string folder) =>
        [.. CorpusFile.ReadAll(folder).Where(f => !f.Name.StartsWith("2015", StringComparison.Ordinal)).SelectMany(f => f.Articles)];

    [Fact]
    public void The_same_seed_writes_the_same_bytes() =>
        Assert.Equal(Files(Write(3, seed: 7, "a")), Files(Write(3, seed: 7, "b")));

    [Fact]
    public void Another_seed_writes_other_bytes() =>
        Assert.NotEqual(Files(Write(3, seed: 7, "a")), Files(Write(3, seed: 8, "b")));

    [Fact]
    public void The_import_reads_factor_times_the_articles()
    {
        var items = ArticleSourceReader.Read(Write(4, seed: 1)).ToList();

        Assert.All(items, i => Assert.Null(i.Error));
        Assert.Equal(4 * corpus.Articles.Count, items.Count);
    }

    [Fact]
    public void Factor_one_is_the_corpus_as_it_is() =>
        Assert.Equal(corpus.Articles, CorpusFile.ReadAll(Write(1, seed: 1)).SelectMany(f => f.Articles));

    [Fact]
    public void No_generated_article_is_a_corpus_text()
    {
        var texts = corpus.Articles.Select(a => a.Content).ToHashSet();

        Assert.All(Generated(Write(5, seed: 3)), a => Assert.DoesNotContain(a.Content, texts));
    }

    [Fact]
    public void A_generated_article_takes_paragraphs_from_its_own_paper_only() =>
        Assert.All(Generated(Write(5, seed: 3)), a => Assert.All(a.Paragraphs(), p => Assert.Contains($" في {a.Source} يوم ", p, StringComparison.Ordinal)));

    [Fact]
    public void Every_address_is_new_and_unique()
    {
        var urls = CorpusFile.ReadAll(Write(5, seed: 3)).SelectMany(f => f.Articles).Select(a => a.Url).ToList();

        Assert.Equal(urls.Count, urls.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Copy_k_is_dated_k_years_back_and_named_after_its_day()
    {
        var files = CorpusFile.ReadAll(Write(3, seed: 3));

        var copy2 = Assert.Single(files, f => f.Name == "2013-07-22.zip");
        Assert.Equal("2013-07-22.json", copy2.EntryName);
        Assert.All(copy2.Articles, a => Assert.StartsWith("2013-07-22 ", a.DateExtracted, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        corpus.Dispose();
        Directory.Delete(output, recursive: true);
    }
}
