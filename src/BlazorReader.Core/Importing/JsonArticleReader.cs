using System.Globalization;
using System.Text.Json;
using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Importing;

// Article objects in the corpus format (source, url, date_extracted, title, author, content);
// other fields are kept in Extra. A .json file is an array, a .jsonl file one object a line.
// Each element is parsed on its own, so one bad article fails alone with its position.
public static class JsonArticleReader
{
    private static readonly HashSet<string> Known = ["source", "url", "date_extracted", "title", "author", "content", "text", "body"];

    public static IEnumerable<ImportItem> ReadArray(Stream stream, string origin)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return [ImportItem.Failed(origin, $"not valid JSON ({e.Message})")];
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
            {
                return doc.RootElement.ValueKind == JsonValueKind.Object
                    ? [FromElement(doc.RootElement, origin + "#0")]
                    : [ImportItem.Failed(origin, "expected an array of article objects")];
            }
            return [.. doc.RootElement.EnumerateArray().Select((e, i) => FromElement(e, $"{origin}#{i}"))];
        }
    }

    public static IEnumerable<ImportItem> ReadLines(TextReader reader, string origin)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            ImportItem item;
            try
            {
                using var doc = JsonDocument.Parse(line);
                item = FromElement(doc.RootElement, $"{origin}:{number}");
            }
            catch (JsonException e)
            {
                item = ImportItem.Failed($"{origin}:{number}", $"not valid JSON ({e.Message})");
            }
            yield return item;
        }
    }

    internal static ImportItem FromElement(JsonElement e, string origin)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            return ImportItem.Failed(origin, "expected an article object");
        }
        var content = Text(e, "content") ?? Text(e, "text") ?? Text(e, "body");
        if (string.IsNullOrWhiteSpace(content))
        {
            return ImportItem.Failed(origin, "the article has no content");
        }
        var extra = e.EnumerateObject().Where(p => !Known.Contains(p.Name))
            .ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText());
        return ImportItem.Ok(origin, new RawArticle(content, Text(e, "title"), Text(e, "source"), Text(e, "url"), Text(e, "author"),
            Date(Text(e, "date_extracted")), origin, extra.Count > 0 ? extra : null));
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { } s && s.Trim().Length > 0 ? s.Trim() : null;

    private static DateTime? Date(string? text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d) ? d : null;
}
