using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using BlazorReader.Search;

namespace BlazorReader.Bench.Search;

// One SaudiNewsNet article as stored in the corpus zips (see ../shared/corpus/README.md).
public sealed record CorpusArticle(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("date_extracted")] string DateExtracted,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("content")] string? Content)
{
    public DateTime? Published =>
        DateTime.TryParseExact(DateExtracted, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at : null;

    // Reads every zip of the corpus folder, in file-name order so ids are stable across runs.
    public static List<CorpusArticle> ReadFolder(string folder)
    {
        return Directory.GetFiles(folder, "*.zip").Order(StringComparer.Ordinal).SelectMany(ReadZip).ToList();
    }

    public static List<CorpusArticle> ReadZip(string zipPath)
    {
        var articles = new List<CorpusArticle>();
        using var zip = ZipFile.OpenRead(zipPath);
        foreach (var entry in zip.Entries.Where(e => e.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)))
        {
            using var stream = entry.Open();
            articles.AddRange(JsonSerializer.Deserialize<List<CorpusArticle>>(stream) ?? []);
        }

        return articles;
    }

    public SearchDocument ToSearchDocument(int id) =>
        new(id, Title ?? "", Content ?? "", Source, [], Core.Articles.ArticleStatus.Published, Published);
}
