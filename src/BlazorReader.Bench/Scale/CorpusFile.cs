using System.IO.Compression;
using System.Text.Json;

namespace BlazorReader.Bench.Scale;

// One file of the corpus (a day's zip holding its JSON array, or a bare .json) read whole:
// the generator keeps the corpus once in memory and streams every copy it writes.
public sealed record CorpusFile(string Name, string EntryName, IReadOnlyList<CorpusRecord> Articles)
{
    private static readonly JsonSerializerOptions Options = new() { AllowTrailingCommas = true };

    public static IReadOnlyList<CorpusFile> ReadAll(string corpus)
    {
        var files = Directory.Exists(corpus)
            ? Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : Enumerable.Repeat(corpus, 1);
        return [.. files.Where(IsCorpusFile).Select(Read)];
    }

    private static bool IsCorpusFile(string path) => Path.GetExtension(path).ToLowerInvariant() is ".zip" or ".json";

    private static CorpusFile Read(string path)
    {
        if (Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            using var json = File.OpenRead(path);
            return new CorpusFile(Path.ChangeExtension(Path.GetFileName(path), ".zip"), Path.GetFileName(path), Parse(json));
        }

        using var zip = ZipFile.OpenRead(path);
        var entry = zip.Entries.Where(e => e.FullName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => e.FullName, StringComparer.Ordinal).FirstOrDefault()
            ?? throw new InvalidDataException($"{Path.GetFileName(path)} holds no .json file.");
        using var stream = entry.Open();
        return new CorpusFile(Path.GetFileName(path), entry.FullName, Parse(stream));
    }

    // Missing fields read as empty text, as the corpus writes an empty title or author.
    private static List<CorpusRecord> Parse(Stream json) =>
        [.. (JsonSerializer.Deserialize<List<CorpusRecord?>>(json, Options) ?? []).OfType<CorpusRecord>()
            .Select(r => r with
            {
                Source = r.Source ?? "", Url = r.Url ?? "", DateExtracted = r.DateExtracted ?? "",
                Title = r.Title ?? "", Author = r.Author ?? "", Content = r.Content ?? "",
            })];
}
