using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Cleaning;

// Titles and leads of articles already stored, so that at import a line that names one (its
// title, or its lead as a teaser prints it, whole or cut) is another story's teaser for
// certain. Built before a batch is cleaned and only read while it is, on every core. Keys are
// held as 64-bit hashes: a store of a million articles costs tens of megabytes, not hundreds.
public sealed class KnownStories
{
    // A teaser cut short still holds a lead's first ten words; a long line must hold twenty,
    // for formulaic openings («أوضح الناطق الإعلامي بشرطة منطقة …») share their first ten.
    private const int LeadWords = 10;
    private const int LongLeadWords = 20;
    // A headline of one or two words («الطقس», «بيان») could be a subheading of any story.
    private const int MinTitleWords = 3;
    private readonly HashSet<ulong> titles = [];
    private readonly HashSet<ulong> leads = [];
    private readonly HashSet<ulong> longLeads = [];
    // Leads too short for a twenty-word key: a long line is matched on their ten words.
    private readonly HashSet<ulong> shortLeads = [];
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
        var words = lead is { Length: > 0 } ? Words(lead) : [];
        if (words.Length >= LeadWords)
        {
            var l = Key(words, LeadWords);
            leads.Add(l);
            leadTitles.Add((l, Hash(t)));
            if (words.Length >= LongLeadWords)
            {
                longLeads.Add(Key(words, LongLeadWords));
            }
            else
            {
                shortLeads.Add(l);
            }
        }
    }

    // The article being cleaned, known by its title: keyed once, asked about for each line.
    public readonly record struct OwnTitle(bool Known, ulong Hash);

    public static OwnTitle Own(string? title)
    {
        var key = title is null ? "" : TitleKey.From(title);
        return new(key.Length > 0, Hash(key));
    }

    public bool Names(string line, string? ownTitle) => Names(line, Own(ownTitle));

    // Whether the line names a stored article other than the one being cleaned: the store may
    // hold this very story, or another paper's copy of it.
    public bool Names(string line, OwnTitle ownTitle)
    {
        ArgumentNullException.ThrowIfNull(line);
        var lineKey = TitleKey.From(line);
        var key = Hash(lineKey);
        if (key != ownTitle.Hash && titles.Contains(key))
        {
            return true;
        }
        var words = lineKey.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < LeadWords)
        {
            return false;
        }
        var l = Key(words, LeadWords);
        var named = words.Length >= LongLeadWords
            ? longLeads.Contains(Key(words, LongLeadWords)) || shortLeads.Contains(l)
            : leads.Contains(l);
        return named && (!ownTitle.Known || !leadTitles.Contains((l, ownTitle.Hash)));
    }

    private static string[] Words(string text) => TitleKey.From(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static ulong Key(string[] words, int count) => Hash(string.Join(' ', words.Take(count)));

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
