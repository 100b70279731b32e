using BlazorReader.Core.Arabic;
using BlazorReader.Core.Articles;

namespace BlazorReader.Data.Sources;

// A text file or a paste carries no source key, but its copyright line usually names the
// paper that owns it («جميع الحقوق محفوظة © 2020 شبكة الجزيرة الاعلامية»). The importer asks
// this only when the source gave no key. A bare masthead is not enough: «الجزيرة» is both the
// Riyadh daily and the Doha network, so a paper is known by its site's host, or by its
// masthead after the word that says what it is (صحيفة، جريدة، شبكة، وكالة، موقع).
public static class CopyrightOwner
{
    private static readonly string[] Kinds = ["صحيفة", "جريدة", "شبكة", "وكالة", "موقع"];

    // Marks a paper is known by besides those made from its masthead and host.
    private static readonly Dictionary<string, string[]> OwnMarks = new(StringComparer.Ordinal)
    {
        ["aljazeera"] = ["شبكة الجزيرة", "الجزيرة نت"],
        ["was"] = ["وكالة الأنباء السعودية"],
    };

    // Longest first, so «شبكة الجزيرة نت» is tried before a shorter mark inside it. A paper's
    // own marks win over one made for another paper from its masthead (the Riyadh daily's
    // «شبكة الجزيرة» is the Doha network).
    private static readonly (string Mark, string Key)[] Marks = BuildMarks();

    public static string? KeyOf(IEnumerable<RemovedFragment> removed)
    {
        ArgumentNullException.ThrowIfNull(removed);
        foreach (var line in removed.Where(r => r.Reason == "copyright").Select(r => Normal(r.Text)))
        {
            foreach (var (mark, key) in Marks)
            {
                if (line.Contains(mark, StringComparison.Ordinal))
                {
                    return key;
                }
            }
        }
        return null;
    }

    private static (string Mark, string Key)[] BuildMarks()
    {
        var marks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var paper in KnownSources.All)
        {
            foreach (var mark in MadeMarksOf(paper))
            {
                marks[Normal(mark)] = paper.Key;
            }
        }
        foreach (var (key, own) in OwnMarks)
        {
            foreach (var mark in own)
            {
                marks[Normal(mark)] = key;
            }
        }
        return [.. marks.Where(m => m.Key.Length > 0).OrderByDescending(m => m.Key.Length).Select(m => (m.Key, m.Value))];
    }

    private static IEnumerable<string> MadeMarksOf(NewsSource paper)
    {
        if (Uri.TryCreate(paper.SiteUrl, UriKind.Absolute, out var site))
        {
            yield return site.Host.StartsWith("www.", StringComparison.Ordinal) ? site.Host[4..] : site.Host;
        }
        foreach (var kind in Kinds)
        {
            yield return kind + " " + paper.Name;
        }
    }

    private static string Normal(string text) => ArabicNormalizer.Normalize(text.ToLowerInvariant());
}
