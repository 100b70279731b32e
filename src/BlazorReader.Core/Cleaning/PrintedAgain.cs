namespace BlazorReader.Core.Cleaning;

// Text the page prints a second time, told by the words alone: marks round it (guillemets,
// quotation marks, a dash or an icon before it, an ellipsis or a full stop after it) are how
// sites dress a repeat and say nothing of which text it repeats.
internal static class PrintedAgain
{
    // A clause of eight words is a sentence someone wrote once; a shorter one («ويكون أمين عام
    // مجلس الوزراء أمينا للمجلس», twice in one decree) may recur in a story by right.
    private const int MinPulledWords = 8;
    private const int MinMarkedWords = 10;

    // The line's words with whatever dresses them at either end taken off.
    public static string Core(string line)
    {
        var (start, length) = CoreRange(line);
        return line.Substring(start, length);
    }

    // Where the core stands in the line, for callers that compare without copying it.
    public static (int Start, int Length) CoreRange(string line)
    {
        var from = 0;
        var to = line.Length;
        while (from < to && !char.IsLetterOrDigit(line[from]))
        {
            from++;
        }
        while (to > from && !char.IsLetterOrDigit(line[to - 1]))
        {
            to--;
        }
        return (from, to - from);
    }

    // How much a line is dressed: marks at either edge, and no stop at its end (a paragraph
    // ends in one; a quote pulled out of it often does not). Of copies, the least dressed is
    // the paragraph. A stop inside closing quotes («…بيننا."») is a paragraph's own end.
    public static int Dressing(string line)
    {
        var core = Core(line);
        var start = line.IndexOf(core, StringComparison.Ordinal);
        var tail = line[(start + core.Length)..].TrimEnd();
        // A stop after a space («… الجامعة .») is still the sentence's own.
        var closed = tail.Trim().TrimEnd('"', '\'', '»', '”', '’', ')', ']');
        var stop = closed is "." or "!" or "?" or "؟";
        return start + (stop ? 0 : tail.Length + 1);
    }

    // A short label before a copy of a paragraph («الرياض - واس:», «هاني منصور:») is a dateline
    // or a byline on a lead printed twice: that copy, not the bare one, is the page's.
    private const int MaxLabel = 60;
    private const int MaxLabelWords = 5;

    public enum Match { None, Pulled, Labelled }

    // How the line's core stands in the other lines: whole, from word to word, inside a longer
    // paragraph from its start or after a stop or a comma (a sentence or clause pulled out of it,
    // whole or cut), or the longer line is this one behind a label.
    public static Match Find(string line, IEnumerable<string> others)
    {
        var core = Core(line);
        // A line ending in an ellipsis was cut: it may stop inside a sentence.
        var start = line.IndexOf(core, StringComparison.Ordinal);
        var cut = line[(start + core.Length)..].Contains('…', StringComparison.Ordinal) || line.TrimEnd().EndsWith("..", StringComparison.Ordinal)
            // A long clause behind a bullet, cut anywhere (a summary box's point, a pull-quote
            // box): the story's own lines open with words, and ten of them are one writer's.
            || IsMarked(line.AsSpan(0, start)) && core.Count(c => c == ' ') >= MinMarkedWords - 1;
        var quoted = IsMailQuote(line);
        if (core.Count(c => c == ' ') < MinPulledWords - 1 || !IsProse(line))
        {
            return Match.None;
        }
        foreach (var other in others)
        {
            if (other.Length <= core.Length)
            {
                continue;
            }
            for (var at = other.IndexOf(core, StringComparison.Ordinal); at >= 0; at = other.IndexOf(core, at + 1, StringComparison.Ordinal))
            {
                var end = at + core.Length;
                if (at > 0 && char.IsLetterOrDigit(other[at - 1]) || end < other.Length && char.IsLetterOrDigit(other[end]))
                {
                    continue;
                }
                var before = other[..at].TrimEnd();
                var after = other[end..].TrimStart();
                // A pulled sentence or clause runs from a stop to a stop: words that only open a
                // longer line («2 ملعقتان … (يفضل …)») are an item of a list printed twice over.
                // A summary's point drops the connective its paragraph opens with («كما …»).
                var opening = before.Length == 0 || EndsClause(before[^1]) || cut && IsConnective(before);
                if (opening && (after.Length == 0 || cut || IsStop(after[0]) || after[0] == '…'))
                {
                    return Match.Pulled;
                }
                // A mail client's «>» quotes a message: a copy of a paragraph's end behind it is
                // the lead quoted again, whatever stands before it in the story (a dateline the
                // page glued on, recognised or not), and the story's copy keeps its place.
                if (end == other.Length && at <= MaxLabel && (quoted || IsLabel(before)))
                {
                    return quoted ? Match.Pulled : Match.Labelled;
                }
            }
        }
        return Match.None;
    }

    private const int MaxConnectiveWords = 3;

    private static bool IsConnective(string words) => words.Count(c => c == ' ') < MaxConnectiveWords && ParagraphOpening.Continues(words + " ");

    // Words before a copy of a paragraph that label it: ending in a mark («واس:»), a few words
    // («رووداو - حلبجة»), or set off by a dash («عدن - ١٢ كانون الثاني ٢٠١٣ - وال»). A clause
    // that runs into the copy («… لكن مكاوي هي …») makes the copy the paragraph's own end, and so
    // do words that carry a story on («كما …», «وكتب الحساب …: «…»»): a summary's point or a
    // headline printed above is the copy, the paragraph that says it whole or quotes it is not.
    public static bool IsLabel(string before) =>
        before.Length > 0 && before[^1] is not ('«' or '"' or '“') && !ParagraphOpening.Continues(before + " ")
        && (!char.IsLetterOrDigit(before[^1]) || before.Count(c => c == ' ') < MaxLabelWords
            || before.Contains(" - ", StringComparison.Ordinal) || before.Contains(" – ", StringComparison.Ordinal) || before.Contains(" — ", StringComparison.Ordinal));

    // A line behind a mail client's «>»: a message quoted in a reply.
    public static bool IsMailQuote(string line) => line.TrimStart().StartsWith('>');

    // A line opening with a number is a list's item (a quantity, an app in a ranking: lists
    // repeat items by right) unless it is a sentence, ending in a stop (a numbered paragraph).
    public static bool IsProse(string line)
    {
        var core = Core(line);
        return core.Length > 0 && (!char.IsDigit(core[0]) || line.TrimEnd()[^1] is '.' or '!' or '?' or '؟');
    }

    // A clause's end before words pulled from a paragraph; a colon introduces, not ends.
    public static bool EndsClause(char c) => IsStop(c) && c != ':';

    // A bullet or an icon before a clause; not a quotation mark, which opens a quote by right.
    private static bool IsMarked(ReadOnlySpan<char> before) =>
        before.Trim() is { Length: > 0 } mark && mark.IndexOfAny(QuoteOpenings) < 0;

    private static readonly System.Buffers.SearchValues<char> QuoteOpenings = System.Buffers.SearchValues.Create("«\"“(\'‘[");

    private static bool IsStop(char c) => c is '.' or '!' or '?' or '؟' or '؛' or ';' or '،' or ',' or ':';
}
