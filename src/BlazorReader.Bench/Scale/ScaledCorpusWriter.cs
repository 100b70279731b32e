using System.Globalization;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using BlazorReader.Core.Related;

namespace BlazorReader.Bench.Scale;

// Writes factor × the corpus in its own layout: per copy, one zip per corpus file, each
// holding one JSON array. Copy 0 is the corpus as it is; copy k is dated k years back and
// named after its shifted day. Articles are made and written one at a time, so memory holds
// the corpus once whatever the factor.
public sealed class ScaledCorpusWriter(IReadOnlyList<CorpusFile> corpus, int seed)
{
    // Zip entries carry a time; a fixed one keeps the bytes a function of the seed alone.
    private static readonly DateTimeOffset EntryTime = new(2015, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 4,
        // The corpus writes Arabic as it is, not as \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly ArticleRecombiner recombiner = new(new PaperDays(corpus.SelectMany(f => f.Articles)));

    public ScaleSummary Write(int factor, string outFolder, Action<string>? progress = null)
    {
        Directory.CreateDirectory(outFolder);
        var files = 0;
        var articles = 0L;
        var bytes = 0L;
        for (var copy = 0; copy < factor; copy++)
        {
            for (var f = 0; f < corpus.Count; f++)
            {
                var path = Path.Combine(outFolder, ShiftedName(corpus[f].Name, copy));
                articles += WriteFile(corpus[f], f, copy, path);
                bytes += new FileInfo(path).Length;
                files++;
            }

            progress?.Invoke($"copy {copy + 1} of {factor}: {articles:N0} articles, {bytes / 1e6:0} MB");
        }

        return new ScaleSummary(files, articles, bytes);
    }

    private int WriteFile(CorpusFile file, int fileIndex, int copy, string path)
    {
        using var stream = File.Create(path);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create);
        var entry = zip.CreateEntry(ShiftedName(file.EntryName, copy), CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var entryStream = entry.Open();
        using var json = new Utf8JsonWriter(entryStream, WriterOptions);
        json.WriteStartArray();
        for (var i = 0; i < file.Articles.Count; i++)
        {
            var article = copy == 0 ? file.Articles[i] : recombiner.Recombine(file.Articles[i], copy, ArticleRandom(fileIndex, i, copy));
            JsonSerializer.Serialize(json, article);
        }

        json.WriteEndArray();
        return file.Articles.Count;
    }

    // Each article's own dice, from the seed and its place: the output does not depend on the
    // order articles are made in.
    private Random ArticleRandom(int fileIndex, int position, int copy)
    {
        var key = StableHash.Combine(StableHash.Combine(StableHash.Combine((ulong)(uint)seed, (ulong)copy), (ulong)fileIndex), (ulong)position);
        return new Random((int)(key ^ (key >> 32)));
    }

    // «2015-07-23.zip» of copy 2 is «2013-07-23.zip»; a name that is no day is prefixed.
    public static string ShiftedName(string name, int copy)
    {
        if (copy == 0)
        {
            return name;
        }

        var extension = Path.GetExtension(name);
        var stem = Path.GetFileNameWithoutExtension(name);
        return DateOnly.TryParseExact(stem, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.AddYears(-copy).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + extension
            : $"copy{copy}-{name}";
    }
}

public sealed record ScaleSummary(int Files, long Articles, long Bytes);
