using System.Globalization;
using System.Text.Json.Serialization;

namespace BlazorReader.Bench.Scale;

// One article object exactly as the corpus writes it: every field a string, the date as the
// crawler printed it, so factor 1 gives back the corpus as it is.
public sealed record CorpusRecord(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("date_extracted")] string DateExtracted,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("author")] string Author,
    [property: JsonPropertyName("content")] string Content)
{
    public const string DateFormat = "yyyy-MM-dd HH:mm:ss";

    [JsonIgnore]
    public DateTime? Extracted =>
        DateTime.TryParseExact(DateExtracted, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null;

    // The paragraphs a reader sees: the corpus separates them by one line end or a blank line.
    public string[] Paragraphs() => Content.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [JsonIgnore]
    public string ParagraphSeparator => Content.Contains("\n\n", StringComparison.Ordinal) ? "\n\n" : "\n";
}
