using System.Globalization;
using BlazorReader.Core.Articles;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BlazorReader.Core.Importing.Authored;

// A front matter is YAML between a first line "---" and the next "---" (or "..."). YamlDotNet
// reads it as nodes (quotes, escapes, lists written either way); the keys are then read
// strictly here, so that a wrong type is an error naming the key and what it should be,
// instead of a value silently coerced.
public static class FrontMatterReader
{
    private static readonly string[] Known = ["title", "slug", "source", "sourceUrl", "publishedAt", "tags", "status", "image", "imageAlt", "imageCaption"];

    // ISO 8601 only: "1/5/2024" is the first of May in one country and the fifth of January in another.
    private static readonly string[] DateFormats = [.. new[] { "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss" }.SelectMany(f => new[] { f, f + "K", f + " K" })];

    public static FrontMatterRead Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines[0].TrimEnd() != "---")
        {
            return new(FrontMatter.None, text, [], []);
        }
        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (end < 0)
        {
            return new(FrontMatter.None, "", ["the front matter opened by '---' on line 1 is not closed by a '---' line"], []);
        }
        var body = string.Join('\n', lines.Skip(end + 1));
        var errors = new List<string>();
        var warnings = new List<string>();
        var fields = Fields(string.Join('\n', lines[1..end]), errors, warnings);
        return new(fields, body, errors, warnings);
    }

    private static FrontMatter Fields(string yaml, List<string> errors, List<string> warnings)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            // Lines counted in the file: the YAML starts on its second line.
            errors.Add($"the front matter is not valid YAML (line {e.Start.Line + 1}: {e.Message})");
            return FrontMatter.None;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return FrontMatter.None;
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            errors.Add("the front matter is not a list of 'key: value' lines");
            return FrontMatter.None;
        }
        var values = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (Array.Find(Known, k => k.Equals(key, StringComparison.OrdinalIgnoreCase)) is not { } known)
            {
                warnings.Add($"front matter key '{key}' is not known and was ignored (known: {string.Join(", ", Known)})");
            }
            else if (!values.TryAdd(known, value))
            {
                errors.Add($"front matter key '{known}' is given twice");
            }
        }
        var read = new ValueReader(values, errors);
        return new FrontMatter(read.Text("title"), read.Text("slug"), read.Text("source"), read.WebAddress("sourceUrl"),
            read.Date("publishedAt"), read.Tags("tags"), read.Status("status"), read.Text("image"), read.Text("imageAlt"), read.Text("imageCaption"));
    }

    // Each key's value as its type, or an error naming the key, what it should be and what it was.
    private sealed class ValueReader(Dictionary<string, YamlNode> values, List<string> errors)
    {
        public string? Text(string key)
        {
            if (!values.TryGetValue(key, out var node))
            {
                return null;
            }
            if (node is YamlScalarNode scalar)
            {
                return IsNull(scalar) ? null : scalar.Value!.Trim();
            }
            return Wrong<string>(key, "a text", Kind(node));
        }

        public string? WebAddress(string key) => Text(key) is not { } text ? null
            : Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? text
            : Wrong<string>(key, "a web address (http:// or https://)", $"'{text}'");

        public DateTime? Date(string key) => Text(key) is not { } text ? null
            : DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
                ? date
                : Wrong<DateTime?>(key, "a date as 2024-05-01 or 2024-05-01T09:30:00+03:00", $"'{text}'");

        public ArticleStatus? Status(string key) => Text(key) is not { } text ? null
            : Enum.GetNames<ArticleStatus>().FirstOrDefault(n => n.Equals(text, StringComparison.OrdinalIgnoreCase)) is { } name
                ? Enum.Parse<ArticleStatus>(name)
                : Wrong<ArticleStatus?>(key, "draft, published or hidden", $"'{text}'");

        // A YAML list, or one text of comma-separated tags (Arabic or Latin commas).
        public IReadOnlyList<string>? Tags(string key)
        {
            if (!values.TryGetValue(key, out var node) || node is YamlScalarNode scalar && IsNull(scalar))
            {
                return null;
            }
            string[]? tags = node switch
            {
                YamlScalarNode text => text.Value!.Split([',', '،'], StringSplitOptions.TrimEntries),
                YamlSequenceNode list when list.All(n => n is YamlScalarNode) => [.. list.Cast<YamlScalarNode>().Select(n => n.Value?.Trim() ?? "")],
                _ => null,
            };
            return tags is null
                ? Wrong<IReadOnlyList<string>>(key, "a list of tags or one text of tags separated by commas", Kind(node))
                : [.. tags.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)];
        }

        private static bool IsNull(YamlScalarNode scalar) =>
            string.IsNullOrWhiteSpace(scalar.Value) || scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "~" or "null";

        private static string Kind(YamlNode node) => node is YamlSequenceNode ? "a list" : "a mapping of keys";

        private T? Wrong<T>(string key, string expected, string found)
        {
            errors.Add($"front matter '{key}': expected {expected}, found {found}");
            return default;
        }
    }
}
