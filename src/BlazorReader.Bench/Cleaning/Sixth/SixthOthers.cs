using System.Text.RegularExpressions;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Sixth;

// Other stories' leads and titles for one article's teasers: never its own lead or title,
// never a copy of the same story from another paper (one that shares most of its words).
internal sealed partial class SixthOthers(DressingPools pools, RawArticle article)
{
    private readonly string text = TextReferee.Normalize(article.Text);
    private readonly HashSet<string> storyWords = Words(TextReferee.Normalize((article.Title ?? "") + " " + DressingPools.LeadSentence(article.Text)));
    private readonly HashSet<string> taken = new(StringComparer.Ordinal);

    public List<string> Leads(DressingRandom r, int count) => Draw(r, pools.Leads, count);

    public List<string> Titles(DressingRandom r, int count)
    {
        var list = new List<string>();
        if (pools.RelatedTitle(r, article.Title) is { } related && IsOther(related) && taken.Add(related))
        {
            list.Add(related);
        }
        list.AddRange(Draw(r, pools.Titles, count - list.Count));
        return list;
    }

    // A sentence for a tweet's text, from another clean article.
    public string Sentence(DressingRandom r)
    {
        for (var tries = 0; tries < 20; tries++)
        {
            var pick = TextReferee.Normalize(r.Pick(pools.Sentences));
            if (!text.Contains(pick, StringComparison.Ordinal))
            {
                return pick;
            }
        }
        return TextReferee.Normalize(r.Pick(pools.Sentences));
    }

    private List<string> Draw(DressingRandom r, IReadOnlyList<string> pool, int count)
    {
        var list = new List<string>();
        for (var tries = 0; list.Count < count && tries < count * 20; tries++)
        {
            var pick = TextReferee.Normalize(r.Pick(pool));
            if (IsOther(pick) && taken.Add(pick))
            {
                list.Add(pick);
            }
        }
        return list;
    }

    private bool IsOther(string candidate)
    {
        if (candidate.Length < 15 || text.Contains(candidate, StringComparison.Ordinal) || Chrome().IsMatch(candidate))
        {
            return false;
        }
        var words = Words(candidate);
        var shared = words.Count(storyWords.Contains);
        return words.Count > 0 && shared * 3 < Math.Min(words.Count, Math.Max(storyWords.Count, 1));
    }

    // A lead that opens with the other page's own chrome (share buttons, links) is not what a
    // reader would take for that story's teaser.
    [GeneratedRegex(@"شارك|تويتر|فيسبوك|جوجل بلس|https?:|www\.|@|المزيد|اضغط|انقر")]
    private static partial Regex Chrome();

    private static HashSet<string> Words(string text) =>
        [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4)];
}
