using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Cleaning;

// Titles and leads of articles already stored, so that at import a line that names one (its
// title, or its lead as a teaser prints it, whole or cut) is another story's teaser for
// certain. Built before a batch is cleaned and only read while it is, on every core.
public sealed class KnownStories
{
    private const int LeadWords = 10;
    private readonly HashSet<string> titles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> leads = new(StringComparer.Ordinal);

    public int Count => titles.Count + leads.Count;

    public void Add(string? title, string? lead)
    {
        if (title is { Length: > 0 } && TitleKey.From(title) is { Length: > 0 } t)
        {
            titles.Add(t);
        }
        if (lead is { Length: > 0 } && LeadKey(lead) is { } l)
        {
            (leads.TryGetValue(l, out var leadTitles) ? leadTitles : leads[l] = new(StringComparer.Ordinal)).Add(title is null ? "" : TitleKey.From(title));
        }
    }

    // Whether the line names a stored article other than the one being cleaned (known by its
    // title): the store may hold this very story, or another paper's copy of it.
    public bool Names(string line, string? ownTitle)
    {
        ArgumentNullException.ThrowIfNull(line);
        var own = ownTitle is null ? "" : TitleKey.From(ownTitle);
        var key = TitleKey.From(line);
        if (key != own && titles.Contains(key))
        {
            return true;
        }
        return LeadKey(line) is { } l && leads.TryGetValue(l, out var leadTitles) && (own.Length == 0 || !leadTitles.Contains(own));
    }

    // A lead's first words, normalised: enough to name one story, few enough that a teaser
    // cut after a sentence or two still starts the same way.
    private static string? LeadKey(string text)
    {
        var words = TitleKey.From(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= LeadWords ? string.Join(' ', words.Take(LeadWords)) : null;
    }
}
