using System.IO.Compression;
using System.Text.Json;
using BlazorReader.Bench.Scale;

namespace BlazorReader.Bench.Tests.Scale;

// Three days of two papers in the corpus's layout (a zip per day holding its JSON array),
// in a temporary folder removed on dispose. Every paragraph names its paper, so a test can
// tell where a generated paragraph came from.
public sealed class TinyCorpus : IDisposable
{
    public static readonly string[] Papers = ["okaz", "sabq"];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public TinyCorpus()
    {
        Folder = Directory.CreateTempSubdirectory("br-scale-corpus-").FullName;
        foreach (var day in new[] { 21, 22, 23 })
        {
            var articles = Papers.SelectMany(paper => Enumerable.Range(1, 3).Select(n => Article(paper, day, n))).ToList();
            Articles.AddRange(articles);
            var name = $"2015-07-{day}";
            using var zip = ZipFile.Open(Path.Combine(Folder, name + ".zip"), ZipArchiveMode.Create);
            using var entry = zip.CreateEntry(name + ".json").Open();
            JsonSerializer.Serialize(entry, articles, Indented);
        }
    }

    public string Folder { get; }

    public List<CorpusRecord> Articles { get; } = [];

    // Paragraph counts 1 to 3, so a one-paragraph article is among them.
    private static CorpusRecord Article(string paper, int day, int n) => new(
        paper,
        $"https://{paper}.example/news/{day}{n}",
        $"2015-07-{day} 1{n}:30:00",
        n == 2 ? $"خبر {n} من {paper}: يوم {day}" : $"خبر {n} من {paper} يوم {day}",
        "",
        string.Join("\n", Enumerable.Range(1, n).Select(p => $"فقرة {p} من مقال {n} في {paper} يوم {day}.")));

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
