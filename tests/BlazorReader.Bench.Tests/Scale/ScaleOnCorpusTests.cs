using BlazorReader.Bench.Scale;

namespace BlazorReader.Bench.Tests.Scale;

// One day of the real corpus, doubled: its duplicates, empty articles and one-article papers
// are what the tiny corpus cannot show.
public sealed class ScaleOnCorpusTests : IDisposable
{
    private readonly string output = Directory.CreateTempSubdirectory("br-scale-day-").FullName;

    private static string? CorpusDay
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BlazorReader.sln")))
            {
                dir = dir.Parent;
            }

            var day = dir is null ? null : Path.Combine(dir.FullName, "..", "shared", "corpus", "saudinewsnet", "2015-07-23.zip");
            return day is not null && File.Exists(day) ? day : null;
        }
    }

    [Fact]
    public void A_doubled_day_has_new_texts_own_paragraphs_and_unique_addresses()
    {
        Assert.SkipWhen(CorpusDay is null, "The corpus is absent (../shared/corpus/saudinewsnet beside the repository): nothing to scale.");
        var day = CorpusFile.ReadAll(CorpusDay!);
        new ScaledCorpusWriter(day, seed: 19).Write(2, output);
        var original = day.Single().Articles;
        var generated = CorpusFile.ReadAll(output).Single(f => f.Name == "2014-07-23.zip").Articles;

        var texts = original.Select(a => a.Content).Where(c => c.Trim().Length > 0).ToHashSet();
        var paragraphsByPaper = original.GroupBy(a => a.Source).ToDictionary(g => g.Key, g => g.SelectMany(a => a.Paragraphs()).ToHashSet());
        var urls = original.Concat(generated).Select(a => a.Url).ToList();
        Assert.Equal(original.Count, generated.Count);
        Assert.DoesNotContain(generated, a => texts.Contains(a.Content));
        // A one-paragraph article may keep the first half of its own paragraph.
        Assert.All(generated, a => Assert.All(a.Paragraphs(), p =>
            Assert.True(paragraphsByPaper[a.Source].Contains(p) || paragraphsByPaper[a.Source].Any(o => o.StartsWith(p, StringComparison.Ordinal)), p)));
        Assert.Equal(urls.Count, urls.Distinct(StringComparer.Ordinal).Count());
    }

    public void Dispose() => Directory.Delete(output, recursive: true);
}
