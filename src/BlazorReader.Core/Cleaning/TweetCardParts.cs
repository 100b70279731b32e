using System.Text.RegularExpressions;
using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Cleaning;

// Once the tweets are rebuilt: the parts of a card a copy printed on lines of their own round
// it. Under the post: «— Name» (a dash before a name), «@handle» alone, the date; over a
// heading that gave only the handle: the name alone. A part only fills a field the tweet lacks,
// and a dash line is a part only when it names a person or the card's handle or date follows
// it (a story's list may open its items with a dash). A status link names its author too.
internal static partial class TweetCardParts
{
    private const int MaxName = 60;
    private const int MaxAltText = 120;

    public static void Gather(CleaningContext context)
    {
        var lines = context.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Tweet is not { } tweet)
            {
                continue;
            }
            var next = i + 1;
            if (tweet.AuthorName is null && Plain(lines, next) is { } dashed && DashName(dashed) is { } name
                && (LooksLikeName(name) || Plain(lines, next + 1) is { } after && (HandleAlone(after) is not null || CardDate.Parse(after) is not null)))
            {
                (tweet, next) = (tweet with { AuthorName = name }, next + 1);
            }
            // The foot with no dash: the name alone right over the handle alone.
            if (tweet.AuthorName is null && Plain(lines, next) is { } bare && FootName(bare)
                && Plain(lines, next + 1) is { } handleUnder && HandleAlone(handleUnder) is { } footHandle && Agrees(tweet, footHandle))
            {
                (tweet, next) = (tweet with { AuthorName = bare, Handle = footHandle }, next + 2);
            }
            if (Plain(lines, next) is { } alone && HandleAlone(alone) is { } handle && Agrees(tweet, handle))
            {
                (tweet, next) = (tweet with { Handle = handle }, next + 1);
                // Or the name under the handle.
                if (tweet.AuthorName is null && Plain(lines, next) is { } under && FootName(under))
                {
                    (tweet, next) = (tweet with { AuthorName = under }, next + 1);
                }
            }
            if (tweet.Date is null && Plain(lines, next) is { } dated && CardDate.Parse(dated) is { } date)
            {
                (tweet, next) = (tweet with { Date = date }, next + 1);
                context.DateEvidence.Add(date);
            }
            // The card's heading printed under the post («Name · @handle | date»): it heads nothing
            // below, or the relayed tweets would have taken it.
            if (Plain(lines, next) is { } foot && Heading(foot, tweet) is { } footed)
            {
                (tweet, next) = (footed, next + 1);
            }
            // A picture's «ALT» badge under the post, and the description it opens: the card's.
            if (Plain(lines, next) is { } badge && IsAltBadge(badge))
            {
                context.Removed.Add(new(lines[next].Text.Trim(), "caption", lines[next].Line));
                next++;
                if (Plain(lines, next) is { Length: > 0 and <= MaxAltText } alt && !ProseLine.EndsLikeASentence(alt))
                {
                    context.Removed.Add(new(alt, "caption", lines[next].Line));
                    next++;
                }
            }
            // Read into the text: the heading as its first line, the date and a button
            // («Show original», «ترجمة») as its last ones.
            if (tweet.Text.IndexOf('\n', StringComparison.Ordinal) is > 0 and var headEnd && Heading(tweet.Text[..headEnd], tweet) is { } headed)
            {
                tweet = headed with { Text = tweet.Text[(headEnd + 1)..].Trim() };
            }
            tweet = WithoutTail(tweet, context);
            // A front end prints the date over the text, and the text was read from there.
            if (tweet.Text.IndexOf('\n', StringComparison.Ordinal) is > 0 and var cut && CardDate.Parse(tweet.Text[..cut]) is { } printed)
            {
                tweet = tweet with { Text = tweet.Text[(cut + 1)..], Date = tweet.Date ?? printed };
                context.DateEvidence.Add(printed);
            }
            // «Name (@handle): text», «Name (@handle) — text»: the heading printed on the text's line.
            if (GluedHeading().Match(tweet.Text) is { Success: true } glued && glued.Groups["name"].Value.Trim() is var gluedName
                && LooksLikeHeadingName(gluedName) && (tweet.Handle is null || string.Equals(tweet.Handle, glued.Groups["handle"].Value, StringComparison.OrdinalIgnoreCase)))
            {
                tweet = tweet with { AuthorName = tweet.AuthorName ?? gluedName, Handle = glued.Groups["handle"].Value, Text = glued.Groups["text"].Value.Trim() };
            }
            // The author's name alone over the text was read as the text's first line.
            if (tweet.AuthorName is null && tweet.Text.IndexOf('\n', StringComparison.Ordinal) is > 0 and var nameEnd && LooksLikeName(tweet.Text[..nameEnd].Trim()))
            {
                tweet = tweet with { AuthorName = tweet.Text[..nameEnd].Trim(), Text = tweet.Text[(nameEnd + 1)..].Trim() };
            }
            var first = i;
            if (tweet.AuthorName is null && tweet.Handle is not null && i > 1 && Plain(lines, i - 1) is { } over && LooksLikeName(over))
            {
                (tweet, first) = (tweet with { AuthorName = over }, i - 1);
            }
            // A front end prints the date alone over the text, the name and handle under the link.
            if (tweet.Date is null && Plain(lines, first - 1) is { } overDate && CardDate.Parse(overDate) is { } printedOver)
            {
                (tweet, first) = (tweet with { Date = printedOver }, first - 1);
                context.DateEvidence.Add(printedOver);
            }
            if (tweet.Handle is null && tweet.Url is { } url && TweetLinks.HandleOf(url) is { } author)
            {
                tweet = tweet with { Handle = author };
            }
            if (tweet.Text != lines[i].Tweet!.Text)
            {
                tweet = tweet with { Dir = DirectionClassifier.Of(tweet.Text) };
            }
            if (first == i && next == i + 1 && tweet == lines[i].Tweet)
            {
                continue;
            }
            var merged = new SourceLine(tweet.Text, lines[first].Line) { Tweet = tweet };
            lines.RemoveRange(first, next - first);
            lines.Insert(first, merged);
            i = first;
        }
    }

    // A heading's fields put into the tweet when they agree with it: the handle its own (or
    // none yet), and a date or the handle to show it is this card's.
    private static ContentBlock? Heading(string line, ContentBlock tweet)
    {
        if (!RelayHeading.TryRead(line, out var name, out var handle, out var marked, out var date) || marked
            || tweet.Handle is not null && !string.Equals(tweet.Handle, handle, StringComparison.OrdinalIgnoreCase)
            || date is null && tweet.Handle is null)
        {
            return null;
        }
        return tweet with { Handle = handle, AuthorName = tweet.AuthorName ?? (name.Length > 0 ? name : null), Date = tweet.Date ?? date };
    }

    private static ContentBlock WithoutTail(ContentBlock tweet, CleaningContext context)
    {
        while (tweet.Text.LastIndexOf('\n') is > 0 and var cut && tweet.Text[(cut + 1)..].Trim() is var tail)
        {
            if (tweet.Date is null && CardDate.Parse(tail) is { } date)
            {
                tweet = tweet with { Date = date };
                context.DateEvidence.Add(date);
            }
            else if (!PostChrome.IsButton(tail))
            {
                break;
            }
            tweet = tweet with { Text = tweet.Text[..cut].TrimEnd() };
        }
        return tweet;
    }

    // A picture's «ALT» badge, printed on a line of its own under the post it belongs to.
    public static bool IsAltBadge(string line) => line.Trim() is "ALT" or "Alt" or "alt";

    private static string? Plain(List<SourceLine> lines, int at) => at >= 0 && at < lines.Count && lines[at].Tweet is null ? lines[at].Text.Trim() : null;

    private static string? DashName(string line) =>
        DashLine().Match(line) is { Success: true } m && m.Groups["name"].Value.Trim() is { Length: > 1 and <= MaxName } name ? name : null;

    private static bool Agrees(ContentBlock tweet, string handle) => tweet.Handle is null || string.Equals(tweet.Handle, handle, StringComparison.OrdinalIgnoreCase);

    // A name on a card's foot: a few words, none of a sentence's, no digit, link or mark of one;
    // the emoji and flags a display name carries aside.
    public static bool FootName(string line)
    {
        var bare = Pictographs().Replace(line, "").Trim();
        return bare.Length is > 1 and <= MaxFootName && bare.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxFootWords
            && !bare.Any(c => char.IsDigit(c) || c is '@' or '#' or '/' or ':' or '.' or '،' or ',' or '!' or '?' or '؟' or '«' or '"' or '(')
            && FunctionWords.Count(bare) == 0;
    }

    private const int MaxFootName = 40;
    private const int MaxFootWords = 5;

    [GeneratedRegex(@"[\p{Cs}\p{So}\p{Sk}\uFE0F\u200D\u200E\u200F]", RegexOptions.CultureInvariant)]
    private static partial Regex Pictographs();

    // A handle alone on its line («@name», «(@name)»): its name, or null.
    public static string? HandleAlone(string line) => HandleLine().Match(line) is { Success: true } m ? m.Groups["handle"].Value : null;

    // A heading names a person or a body in a few words, none of a sentence's.
    private static bool LooksLikeHeadingName(string name) =>
        name.Length > 1 && name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5 && FunctionWords.Count(name) == 0;

    [GeneratedRegex(@"^(?<name>[^@()\n:：]{2,60}?)\s*\(\s*@(?<handle>[A-Za-z0-9_]{1,30})\s*\)\s*[:：—–-]\s*(?<text>\S[\s\S]{10,})$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedHeading();

    private static bool LooksLikeName(string line) => PersonNames.IsName(line) || LatinName().IsMatch(line);

    [GeneratedRegex(@"^[—–―]\s*(?<name>[^@\d\n.!?؟:،,]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DashLine();

    [GeneratedRegex(@"^\(?@(?<handle>[A-Za-z0-9_]{1,30})\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex HandleLine();

    [GeneratedRegex(@"^[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|al|Al|bin|ibn|de|van)){1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex LatinName();
}
