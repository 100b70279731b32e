using System.Text.RegularExpressions;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Sixth;

// Other stories' leads and titles for one article's teasers: never its own lead or title,
// never a copy of the same story from another paper (one that shares its wording).
internal sealed partial class SixthOthers(DressingPools pools, RawArticle article)
{
    private readonly string text = TextReferee.Normalize(article.Text);
    private readonly HashSet<string> storyWords = Words(TextReferee.Normalize((article.Title ?? "") + " " + article.Text));
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
        // Another paper's copy of this story shares much of its wording with this article
        // (read by eye: «نائب الملك: الحوادث لن تثنينا…» offered as «اقرأ أيضا» under
        // «نائب خادم الحرمين: الحوادث لن تثني عزائمنا…»); two words in five is enough to doubt.
        var words = Words(candidate);
        var shared = words.Count(storyWords.Contains);
        return words.Count > 0 && shared * 5 < words.Count * 2;
    }

    // A lead that opens with the other page's own chrome (share buttons, links) is not what a
    // reader would take for that story's teaser.
    [GeneratedRegex(@"شارك|تويتر|فيسبوك|جوجل بلس|https?:|www\.|@|المزيد|اضغط|انقر")]
    private static partial Regex Chrome();

    // Content words, punctuation dropped and a joined «و/ف/ب» or «ل» taken off «ال».
    private static HashSet<string> Words(string text) =>
        [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => string.Concat(w.Where(char.IsLetterOrDigit))).Select(Bare).Where(w => w.Length >= 4)];

    private static string Bare(string word) =>
        word.Length > 5 && (word.StartsWith("وال", StringComparison.Ordinal) || word.StartsWith("فال", StringComparison.Ordinal)
            || word.StartsWith("بال", StringComparison.Ordinal) || word.StartsWith("لل", StringComparison.Ordinal)) ? word[1..] : word;
}
