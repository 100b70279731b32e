using System.Text.RegularExpressions;
using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Cleaning;

// Whether the line above a flattened tweet's text is more of that text or the story's last
// line. Decided by evidence, never by position: a story line ends a sentence or is a short
// heading, while a tweet broken over lines is cut mid-sentence (after a preposition or a comma,
// or inside an English phrase) and its lines run about as long as each other. A line that
// opens like a paragraph («وأضاف …», «قال …») is where a text starts, so nothing above it joins.
internal static partial class TweetLineAbove
{
    private const int MinContinuedLine = 40;
    private const int MaxLine = 150;

    public static bool Joins(string above, string top, int below)
    {
        var latinTop = OpensLatin(top);
        // An English text over several lines: Latin runs on into Latin.
        if (latinTop && (DirectionClassifier.Of(above) == TextDirection.Ltr || EndsInLatinWord().IsMatch(above)))
        {
            return true;
        }
        // A story paragraph runs longer than a tweet's lines do.
        if (EndsSentence(above) || Vocalised(above) || OpensParagraph(top) || above.Length > MaxLine)
        {
            return false;
        }
        if (EndsOnConnectiveWord().IsMatch(above) || TweetMarks().IsMatch(above) || !latinTop && EndsOnComma().IsMatch(above))
        {
            return true;
        }
        // Above an English phrase, an Arabic line that neither breaks off on a connective nor is
        // tagged is a heading or a caption (or a paragraph ending on a comma): the story's.
        if (latinTop)
        {
            return false;
        }
        // Long, unfinished and of the length of the line below: one text broken by layout.
        // Shorter lines stay the story's, however many words: verse, list items, headings.
        return above.Length >= MinContinuedLine && above.Length <= below * 3 && above.Length * 3 >= below;
    }

    private static bool OpensLatin(string line) => line.TrimStart('@', '#', ' ', '"', '“', '(') is { Length: > 0 } t && t[0] is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

    // «و» or «ف» before «ال» joins two nouns inside a sentence far more often than it opens one
    // («… بالنظام الديمقراطي» / «والنظام الاقتصادي …»), so only other openings count.
    public static bool OpensParagraph(string line)
    {
        var first = line.TrimStart('-', '–', '*', '•', ' ', '"', '«', '.', '…', '(', '[').Split(' ', 2)[0].TrimEnd('،', ',', '.', ':');
        return first.Length > 0 && !ConjoinedNoun().IsMatch(first) && (ParagraphOpening.OpensWithNewsVerb(first) || ParagraphOpening.Continues(first));
    }

    private static bool EndsSentence(string line) => line[^1] is '.' or '!' or '?' or '؟' or '»' or '"' or '”' or ')' or '؛' or '…' or ':';

    // Verse is printed with its vowels; tweets almost never are.
    private static bool Vocalised(string line) => line.Count(c => c is >= '\u064B' and <= '\u0652') * 8 > line.Count(char.IsLetter);

    [GeneratedRegex(@"^[وف]ال\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex ConjoinedNoun();

    [GeneratedRegex(@"(^|\s)[#@]\w|\p{Cs}|[\u2600-\u27BF]", RegexOptions.CultureInvariant)]
    internal static partial Regex TweetMarks();

    // A Latin word ending the line right after text, not after a credit's dash, bar or bracket
    // («… — Reuters», «| AFP»): an English phrase the break cut in two.
    [GeneratedRegex(@"(^|[\p{L}\d.,!?،]\s)[A-Za-z][A-Za-z'’]*$", RegexOptions.CultureInvariant)]
    private static partial Regex EndsInLatinWord();

    // A line that ends on a preposition, conjunction or relative word was cut mid-sentence.
    [GeneratedRegex(@"(^|\s)(و|في|من|إلى|الى|على|عن|أن|ان|إن|التي|الذي|الذين|مع|بعد|قبل|حتى|ثم|أو|او|بين|عند|لدى|خلال|حول|ضد|نحو|منذ|لأن|كما|بأن|وأن|هذا|هذه|عبر|لم|لن|قد|ما|لا)[،,]?$", RegexOptions.CultureInvariant)]
    private static partial Regex EndsOnConnectiveWord();

    // So was one ending on a comma, in Arabic at least; a broken story paragraph can too, which
    // is why the line below must not open a paragraph of its own.
    [GeneratedRegex(@"[،,]$", RegexOptions.CultureInvariant)]
    private static partial Regex EndsOnComma();
}
