using System.Text.RegularExpressions;
using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Cleaning;

// After the embeds (TweetRebuilder): tweets relayed by a page, an aggregator or a forum with
// the author on a line above the text (RelayHeading) and the link, if any, below it or at the
// end of the text, broken anywhere. Unmarked, a heading makes a tweet only with a tweet's own
// link below (status, t.co, picture); marked, the line below it is the tweet. Then tweets
// printed with no author at all: a line and a tweet's own link.
internal sealed partial class RelayedTweetRebuilder : ICleaningStep
{
    private const int MaxTextLines = 3;
    private const int MaxTextLength = 320;
    private const int MaxUnsignedLength = 280;
    private const int MaxLinkedTextLength = 700;
    private const int MinPostWords = 5;

    // A card's foot printed on two lines, the handle alone over its date («@moh402» over «٢٧
    // يوليو ٢٠١٥»), right under the post's link: one heading, as the card orders read it.
    // Returns the headings that took their date from the line under them: a card printed text
    // first, its text over the heading, never under the link.
    private static HashSet<SourceLine> JoinDateUnderHandle(List<SourceLine> lines)
    {
        var textAbove = new HashSet<SourceLine>();
        for (var i = 1; i + 1 < lines.Count; i++)
        {
            if (lines[i].Tweet is null && lines[i + 1].Tweet is null && lines[i - 1].Tweet is null && TweetCardParts.HandleAlone(lines[i].Text.Trim()) is not null
                && lines[i + 1].Text.Trim() is { Length: <= MaxDateLength } date && CardDate.Parse(date) is not null
                && lines[i - 1].Text.Trim() is var above && (TweetLinks.IsPiece(above) || TweetLinks.IsLinks(above)))
            {
                lines[i].Text = $"{lines[i].Text.Trim()} · {date}";
                lines.RemoveAt(i + 1);
            }
            // A heading between the text and the link, its date on the line under it and the
            // post's own link right under that: one heading too.
            else if (lines[i].Tweet is null && lines[i + 1].Tweet is null && RelayHeading.TryRead(lines[i].Text, out _, out _, out _, out var dated) && dated is null
                && lines[i + 1].Text.Trim() is { Length: <= MaxDateLength } under && CardDate.Parse(under) is not null
                && TweetLinks.TryFindBelow(lines, i + 1, out var urls, out _) && urls.Exists(TweetLinks.IsTweetLink))
            {
                lines[i].Text = $"{lines[i].Text.Trim()} · {under}";
                lines.RemoveAt(i + 1);
                textAbove.Add(lines[i]);
            }
        }
        return textAbove;
    }

    private const int MaxDateLength = 40;

    private static readonly string[] TweetWords = ["تغريد", "غرّد", "غرد ", "تويتر", "حسابه", "حسابها", "حسابهم"];

    public void Apply(CleaningContext context)
    {
        var lines = context.Lines;
        var textAbove = JoinDateUnderHandle(lines);
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i].Tweet is not null || lines[i + 1].Tweet is not null || InFootUnderLink(lines, i)
                || !RelayHeading.TryRead(lines[i].Text, out var name, out var handle, out var marked, out var date))
            {
                continue;
            }
            // A line under it that heads another author's card («Post Name (@handle):») is that
            // card's, so this heading's post is over it (link first or text first). The same
            // author's heading under it is this line's card («↳ اقتباس @x» over «Name @x · date»).
            var headsNext = RelayHeading.TryRead(lines[i + 1].Text, out _, out var nextHandle, out _, out _) && !string.Equals(nextHandle, handle, StringComparison.OrdinalIgnoreCase);
            var timed = date is not null || RelativeTime().IsMatch(lines[i].Text);
            // Under a heading that dates the post, its text may run to two long lines (a post
            // longer than a tweet, a reply copied whole) when the link right under them is no
            // other author's.
            var found = headsNext ? null : Linked(lines, i + 1) ?? (timed ? LongLinked(lines, i + 1, handle) : null);
            var first = i;
            // A copied card may open with its link: whole links alone on the lines right over the
            // heading are the card's, not the end of the paragraph above them. Unless the heading
            // carries the post's time (a card's foot) and the line under it reads as no post (a
            // story's paragraph, a line that introduces what follows, a subheading of a few
            // words): then the card was printed text first (TextFirst).
            var linkAbove = found is null ? LinkAbove(lines, i) : null;
            if (linkAbove is var (over, from) && !headsNext && Alone(lines[i + 1].Text) is { } below && !(timed && !ReadsAsPost(below) && TextFirst(lines, i) is not null))
            {
                (found, first) = ((below, over, i + 1), from);
            }
            // A card printed link first: the link alone, the text under it, then this heading.
            // Asked before a text-first reading, which would pair the text with the next card's link,
            // and before a reading down to a link that is not the author's own when the author's
            // own status link is over the text (the picture link below heads the next card).
            if ((found is null || found is (_, var down, _) && !OwnLink(down, handle)) && !marked && LinkFirst(lines, i, handle) is var (textUnder, urlFirst, linkFrom)
                && (found is null || OwnLink(urlFirst, handle)))
            {
                (found, first) = ((textUnder, urlFirst, i), linkFrom);
            }
            if (found is null && marked && !headsNext && Alone(lines[i + 1].Text) is { } alone)
            {
                found = (alone, null, i + 1);
            }
            // A card printed text first: the text over a heading that dates it (or with the link
            // between them), the link under the heading or at the text's end above it. The date
            // is the evidence: a story's paragraph is not followed by a name, a handle and a day
            // on a line of their own. Printed heading first (the link under the heading, the text
            // under the link), the line under the link is the post's when it shares less with the
            // story than the line over the heading, or the picture's «ALT» follows it.
            var textFirst = found is null && !marked && (date is not null || timed && linkAbove is not null) ? TextFirst(lines, i) : null;
            // Heading first only under a heading that dates the post and signs nothing above it
            // («— Name · @handle» closes the card over it).
            var headingFirst = found is null && !marked && !headsNext && timed && !Signs(lines[i].Text) && !textAbove.Contains(lines[i]) ? HeadingFirst(lines, i, handle) : null;
            if (headingFirst is var (textUnder2, urlUnder, lastUnder) && (textFirst is not var (over2, _, _, _) || BelowIsThePost(context, lines, over2, textUnder2, lastUnder)))
            {
                found = (textUnder2, urlUnder, lastUnder);
            }
            // With nothing a post's under the link, a text over the heading longer than a post's is
            // the card's when the link is its author's own status link (a thread's part, copied whole).
            if (found is null && textFirst is null && headingFirst is null && !marked && date is not null
                && TextFirst(lines, i, MaxLinkedTextLength) is { } thread && OwnLink(thread.Url, handle))
            {
                textFirst = thread;
            }
            if (found is null && textFirst is var (textOver, urlOver, firstOver, lastOver))
            {
                (found, first) = ((textOver, urlOver, lastOver), firstOver);
            }
            if (found is not var (text, url, last))
            {
                continue;
            }
            // A card prints its date on a line of its own, under the post or over its author.
            if (date is null && last + 1 < lines.Count && lines[last + 1].Tweet is null && CardDate.Parse(lines[last + 1].Text) is { } under)
            {
                (date, last) = (under, last + 1);
            }
            else if (date is null && first == i && i > 1 && lines[i - 1].Tweet is null && CardDate.Parse(lines[i - 1].Text) is { } printed)
            {
                (date, first) = (printed, i - 1);
            }
            if (date is { } sent)
            {
                context.DateEvidence.Add(sent);
            }
            Replace(lines, first, last, new ContentBlock(BlockKind.Tweet, text, DirectionClassifier.Of(text), url, name.Length > 0 ? name : null, handle, date));
            i = first;
        }
        // No author at all: one line of a tweet's length with a tweet's own link below it or at
        // its end, unless it introduces the link («وكتب الوزير:») or is the story telling of a
        // tweet («وكتب الوزير عبر حسابه @x أن …»). A tweet's text opens as a story's paragraph
        // does often enough («وكان …», «يذكر أن …»), and the card keeps the text either way.
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Tweet is null && Linked(lines, i) is var (text, url, last) && !text.Contains('\n', StringComparison.Ordinal) && text.Length <= MaxUnsignedLength
                && !text.EndsWith(':') && !(TweetLineAbove.OpensParagraph(text) && TellsOfATweet(text)) && !HeadsCardBelow(lines, last))
            {
                Replace(lines, i, last, new ContentBlock(BlockKind.Tweet, text, DirectionClassifier.Of(text), url));
            }
        }
        TweetCardParts.Gather(context);
    }

    // The lines from `first` to `last` become one line holding the post (InlinePostRebuilder's too).
    internal static void Replace(List<SourceLine> lines, int first, int last, ContentBlock tweet)
    {
        var merged = new SourceLine(tweet.Text, lines[first].Line) { Tweet = tweet };
        lines.RemoveRange(first, last - first + 1);
        lines.Insert(first, merged);
    }

    // The text from `start` down to a tweet's own link: on lines of their own below it or at
    // the end of its last line. The first lines that make a link end the tweet, with every
    // piece below that still joins them (a link cut after «https://t.co/ab» is whole either way).
    private static (string Text, string? Url, int Last)? Linked(List<SourceLine> lines, int start, int most = MaxTextLength, int maxLines = MaxTextLines)
    {
        (string, string?, int)? found = null;
        for (var end = start + 1; end <= lines.Count && end - start <= maxLines + 4; end++)
        {
            if (lines[end - 1].Tweet is not null)
            {
                break;
            }
            if (Ending(lines, start, end, most, maxLines) is { } tweet)
            {
                found = tweet;
            }
            else if (found is not null)
            {
                break;
            }
        }
        return found;
    }

    private static (string Text, string? Url, int Last)? LongLinked(List<SourceLine> lines, int start, string handle) =>
        Linked(lines, start, MaxLinkedTextLength, maxLines: 2) is var (text, url, last) && url is not null && !OthersLink(url, handle)
        && !text.Split('\n').Any(l => RelayHeading.TryRead(l, out _, out _, out _, out _) || TweetSignature.TryRead(l, out _, out _, out _, out _, out _, out _))
            ? (text, url, last)
            : null;

    private static (string Text, string? Url, int Last)? Ending(List<SourceLine> lines, int start, int end, int most, int maxLines)
    {
        if (!TweetLinks.TryFind(lines, end, start, out var urls, out var linksFrom, out var textLine, out var kept) || !urls.Exists(TweetLinks.IsTweetLink))
        {
            return null;
        }
        var textEnd = textLine >= 0 ? textLine : linksFrom - 1;
        if (textEnd < start || textEnd - start >= maxLines)
        {
            return null;
        }
        var last = textLine >= 0 ? kept : lines[textEnd].Text;
        var text = string.Join("\n", lines.Skip(start).Take(textEnd - start).Select(l => l.Text).Append(last)).Trim();
        return text.Length is > 0 && text.Length <= most ? (text, urls.Find(TweetLinks.IsTweetLink), end - 1) : null;
    }

    // The link ending at `last` is a link-first card's below it: one to three lines of text, then
    // its heading (an author and a date) that no link-first reading took.
    private static bool HeadsCardBelow(List<SourceLine> lines, int last)
    {
        for (var k = last + 2; k < lines.Count && k - last <= MaxTextLines + 1; k++)
        {
            if (lines[k - 1].Tweet is not null || TweetLinks.IsLinks(lines[k - 1].Text.Trim()))
            {
                return false;
            }
            if (lines[k].Tweet is null && RelayHeading.TryRead(lines[k].Text, out _, out _, out _, out var date) && date is not null)
            {
                return true;
            }
        }
        return false;
    }

    // A card's foot under its link, the handle and the name on lines of their own in either
    // order: the handle heads no text, and the post over the link is rebuilt unsigned, then
    // given its foot (TweetCardParts).
    private static bool InFootUnderLink(List<SourceLine> lines, int i) =>
        TweetCardParts.HandleAlone(lines[i].Text.Trim()) is not null
        && (EndsLink(lines, i) && i + 1 < lines.Count && lines[i + 1].Tweet is null && TweetCardParts.FootName(lines[i + 1].Text.Trim())
            || i >= 2 && lines[i - 1].Tweet is null && TweetCardParts.FootName(lines[i - 1].Text.Trim()) && EndsLink(lines, i - 1));

    // A tweet's own link ends right over `at`, alone or closing a text.
    private static bool EndsLink(List<SourceLine> lines, int at) =>
        at > 0 && TweetLinks.TryFind(lines, at, Math.Max(0, at - MaxTextLines - 1), out var urls, out _, out _, out _) && urls.Exists(TweetLinks.IsTweetLink);

    private static bool Signs(string heading) => heading.TrimStart() is [('—' or '–' or '-' or '―'), ..];

    // A status link that names another author than the heading's.
    private static bool OthersLink(string url, string handle) =>
        TweetLinks.HandleOf(url) is { } author && !string.Equals(author, handle, StringComparison.OrdinalIgnoreCase);

    private static bool OwnLink(string? url, string handle) =>
        url is not null && TweetLinks.HandleOf(url) is { } author && string.Equals(author, handle, StringComparison.OrdinalIgnoreCase);

    private static bool TellsOfATweet(string text) =>
        text.Contains('@', StringComparison.Ordinal) || Array.Exists(TweetWords, w => text.Contains(w, StringComparison.Ordinal));

    private static bool ReadsAsPost(string line) =>
        line.Length <= MaxUnsignedLength && !line.TrimEnd().EndsWith(':') && !TweetLineAbove.OpensParagraph(line) && !ParagraphOpening.ReadsOn(line)
        && (line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinPostWords || TweetLineAbove.TweetMarks().IsMatch(line) || line.Contains("https://", StringComparison.Ordinal) || line.Contains("http://", StringComparison.Ordinal));

    private static string? Alone(string line, int most = MaxTextLength) =>
        line.Trim() is { Length: > 0 } text && text.Length <= most && !TweetLinks.IsLinks(text) ? text : null;

    [GeneratedRegex(@"(?:^|\s)(?:منذ|قبل)\s+\S+|\b\d{1,2}\s?[hmd]\b", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeTime();
}
