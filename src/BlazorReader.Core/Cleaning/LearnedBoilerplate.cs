using System.Text.Json;

namespace BlazorReader.Core.Cleaning;

public sealed record BoilerplateLine(string Shape, int Count);

// Per source, the line shapes that recur across many of its articles; data, not code, so a
// new newspaper's chrome is learned from its articles instead of written into the cleaner.
public sealed record LearnedBoilerplate(IReadOnlyDictionary<string, IReadOnlyList<BoilerplateLine>> Sources)
{
    public static LearnedBoilerplate Empty { get; } = new(new Dictionary<string, IReadOnlyList<BoilerplateLine>>());

    private readonly Dictionary<string, HashSet<string>> lookup = Sources.ToDictionary(
        s => s.Key, s => s.Value.Select(l => l.Shape).ToHashSet(StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);

    public bool Matches(string? source, string line) =>
        source is not null && lookup.TryGetValue(source, out var shapes) && shapes.Contains(LineShape.Of(line));

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static LearnedBoilerplate FromJson(string json) =>
        JsonSerializer.Deserialize<LearnedBoilerplate>(json, JsonOptions) ?? Empty;

    // Readable Arabic in the file: an operator may open it to see what was learned.
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
