using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Cleaning;

// Titles and leads of articles already stored, so that at import a line that names one (its
// title, or its lead as a teaser prints it, whole or cut) is another story's teaser for
// certain. Built before a batch is cleaned and only read while it is, on every core. Keys are
// held as 64-bit hashes: a store of a million articles costs tens of megabytes, not hundreds.
public sealed class KnownStories
{
    private const int LeadWords = 10;
    // A headline of one or two words («الطقس», «بيان») could be a subheading of any story.
    private const int MinTitleWords = 3;
    private readonly HashSet<ulong> titles = [];
    private readonly HashSet<ulong> leads = [];
    // Which titles each lead belongs to: a lead is not a teaser in its own article.
    private readonly HashSet<(ulong Lead, ulong Title)> leadTitles = [];

    public int Count => titles.Count + leads.Count;

    public void Add(string? title, string? lead)
    {
        var t = title is { Length: > 0 } ? TitleKey.From(title) : "";
        if (t.Count(c => c == ' ') >= MinTitleWords - 1)
        {
            titles.Add(Hash(t));
        }
        if (lead is { Length: > 0 } && LeadKey(lead) is { } l)
        {
            leads.Add(l);
            leadTitles.Add((l, Hash(t)));
        }
    }

    // Whether the line names a stored article other than the one being cleaned (known by its
    // title): the store may hold this very story, or another paper's copy of it.
    public bool Names(string line, string? ownTitle)
    {
        ArgumentNullException.ThrowIfNull(line);
        var ownKey = ownTitle is null ? "" : TitleKey.From(ownTitle);
        var own = Hash(ownKey);
        var key = Hash(TitleKey.From(line));
        if (key != own && titles.Contains(key))
        {
            return true;
        }
        return LeadKey(line) is { } l && leads.Contains(l) && (ownKey.Length == 0 || !leadTitles.Contains((l, own)));
    }

    // A lead's first words, normalised: enough to name one story, few enough that a teaser
    // cut after a sentence or two still starts the same way.
    private static ulong? LeadKey(string text)
    {
        var words = TitleKey.From(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= LeadWords ? Hash(string.Join(' ', words.Take(LeadWords))) : null;
    }

    // FNV-1a over the UTF-16 code units: stable across runs and machines.
    private static ulong Hash(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }
}
