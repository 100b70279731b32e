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

    private static readonly string[] TweetWords = ["تغريد", "غرّد", "غرد ", "تويتر", "حسابه", "حسابها", "حسابهم"];

    public void Apply(CleaningContext context)
    {
        var lines = context.Lines;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i].Tweet is not null || lines[i + 1].Tweet is not null
                || !RelayHeading.TryRead(lines[i].Text, out var name, out var handle, out var marked, out var date))
            {
                continue;
            }
            var found = Linked(lines, i + 1);
            var first = i;
            // A copied card may open with its link: whole links alone on the lines right over the
            // heading are the card's, not the end of the paragraph above them. Unless the heading
            // carries the post's time (a card's foot) and the line under it reads as no post (a
            // story's paragraph, a line that introduces what follows, a subheading of a few
            // words): then the card was printed text first (TextFirst).
            var linkAbove = found is null ? LinkAbove(lines, i) : null;
            var timed = date is not null || RelativeTime().IsMatch(lines[i].Text);
            if (linkAbove is var (over, from) && Alone(lines[i + 1].Text) is { } below && !(timed && !ReadsAsPost(below) && TextFirst(lines, i) is not null))
            {
                (found, first) = ((below, over, i + 1), from);
            }
            // A card printed link first: the link alone, the text under it, then this heading.
            // Asked before a text-first reading, which would pair the text with the next card's link.
            if (found is null && !marked && LinkFirst(lines, i, handle) is var (textUnder, urlFirst, linkFrom))
            {
                (found, first) = ((textUnder, urlFirst, i), linkFrom);
            }
            if (found is null && marked && Alone(lines[i + 1].Text) is { } alone)
            {
                found = (alone, null, i + 1);
            }
            // A card printed text first: the text over a heading that dates it (or with the link
            // between them), the link under the heading or at the text's end above it. The date
            // is the evidence: a story's paragraph is not followed by a name, a handle and a day
            // on a line of their own.
            if (found is null && !marked && (date is not null || timed && linkAbove is not null) && TextFirst(lines, i) is var (textOver, urlOver, firstOver, lastOver))
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
                && !text.EndsWith(':') && !(TweetLineAbove.OpensParagraph(text) && TellsOfATweet(text)))
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
    private static (string Text, string? Url, int Last)? Linked(List<SourceLine> lines, int start)
    {
        (string, string?, int)? found = null;
        for (var end = start + 1; end <= lines.Count && end - start <= MaxTextLines + 4; end++)
        {
            if (lines[end - 1].Tweet is not null)
            {
                break;
            }
            if (Ending(lines, start, end) is { } tweet)
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

    private static (string Text, string? Url, int Last)? Ending(List<SourceLine> lines, int start, int end)
    {
        if (!TweetLinks.TryFind(lines, end, start, out var urls, out var linksFrom, out var textLine, out var kept) || !urls.Exists(TweetLinks.IsTweetLink))
        {
            return null;
        }
        var textEnd = textLine >= 0 ? textLine : linksFrom - 1;
        if (textEnd < start || textEnd - start >= MaxTextLines)
        {
            return null;
        }
        var last = textLine >= 0 ? kept : lines[textEnd].Text;
        var text = string.Join("\n", lines.Skip(start).Take(textEnd - start).Select(l => l.Text).Append(last)).Trim();
        return text.Length is > 0 and <= MaxTextLength ? (text, urls.Find(TweetLinks.IsTweetLink), end - 1) : null;
    }

    // A text-first card round its heading: one line of text right over it and the tweet's own
    // link alone on the lines under it, or the link closing the text (whole or broken) right
    // over the heading.
    private static (string Text, string Url, int First, int Last)? TextFirst(List<SourceLine> lines, int heading)
    {
        if (heading > 0 && lines[heading - 1].Tweet is null && Alone(lines[heading - 1].Text) is { } text && !text.EndsWith(':')
            && TweetLinks.TryFindBelow(lines, heading, out var below, out var last) && below.Find(TweetLinks.IsTweetLink) is { } url)
        {
            return (text, url, heading - 1, last);
        }
        if (heading > 0 && TweetLinks.TryFind(lines, heading, Math.Max(0, heading - 5), out var urls, out var from, out var textLine, out var kept)
            && urls.Find(TweetLinks.IsTweetLink) is { } own)
        {
            var at = textLine >= 0 ? textLine : from - 1;
            var over = at < 0 || lines[at].Tweet is not null ? "" : (textLine >= 0 ? kept : lines[at].Text).Trim();
            if (over.Length is > 0 and <= MaxTextLength && !over.EndsWith(':') && !TweetLinks.IsLinks(over))
            {
                return (over, own, at, heading);
            }
        }
        return null;
    }

    // Link, text, heading: the text on one to three lines right over the heading and a tweet's
    // own link alone right over the text. A status link names its author: another's is the card
    // above's. A signature («— Name») or a name over the handle is the card's foot under a
    // text-first card, and a link's last piece over the heading is no text.
    private static (string Text, string Url, int From)? LinkFirst(List<SourceLine> lines, int heading, string handle)
    {
        if (heading <= 1 || LinkAbove(lines, heading) is not null || lines[heading - 1].Tweet is null && PersonNames.IsName(lines[heading - 1].Text.Trim()))
        {
            return null;
        }
        for (var top = heading - 1; top >= 1 && heading - top <= MaxTextLines; top--)
        {
            var text = lines[top].Tweet is null ? lines[top].Text.Trim() : "";
            // A link's piece (its end under a text the link closed) is no text.
            if (text.Length is 0 or > MaxLinkedTextLength || TweetLinks.IsLinks(text) || TweetLinks.IsPiece(text) || text[0] is '—' or '–' or '-' or '―')
            {
                return null;
            }
            if (LinkLinesAbove(lines, top) is var (url, from))
            {
                // A text longer than a post's, or a line that introduces what follows, is this
                // card's only under its author's own status link.
                var storyLike = lines.GetRange(top, heading - top).Exists(l => l.Text.Trim() is var t && (t.Length > MaxTextLength || t.EndsWith(':')));
                return TweetLinks.HandleOf(url) is not { } author ? (storyLike ? null : Joined(top)) : string.Equals(author, handle, StringComparison.OrdinalIgnoreCase) ? Joined(top) : null;

                (string, string, int) Joined(int at) => (string.Join("\n", lines.GetRange(at, heading - at).Select(l => l.Text.Trim())), url, from);
            }
        }
        return null;
    }

    // A tweet's own link on one to three lines of their own right above `at`, the most lines
    // that make it whole; the line above them may end a sentence (a story's paragraph) and is
    // not read into the link.
    private static (string Url, int From)? LinkLinesAbove(List<SourceLine> lines, int at)
    {
        for (var from = Math.Max(0, at - 3); from < at; from++)
        {
            var run = lines.GetRange(from, at - from);
            if (run.TrueForAll(l => l.Tweet is null) && TweetLinks.LinksIn(string.Concat(run.Select(l => l.Text.Trim()))) is { } urls && urls.Find(TweetLinks.IsTweetLink) is { } url)
            {
                return (url, from);
            }
        }
        return null;
    }

    // A tweet's own link on one to three lines of their own right above `heading`.
    private static (string Url, int From)? LinkAbove(List<SourceLine> lines, int heading) =>
        heading > 0 && TweetLinks.TryFind(lines, heading, Math.Max(0, heading - 3), out var urls, out var from, out var textLine, out _)
            && textLine < 0 && from < heading && urls.Find(TweetLinks.IsTweetLink) is { } url ? (url, from) : null;

    private static bool TellsOfATweet(string text) =>
        text.Contains('@', StringComparison.Ordinal) || Array.Exists(TweetWords, w => text.Contains(w, StringComparison.Ordinal));

    private static bool ReadsAsPost(string line) =>
        line.Length <= MaxUnsignedLength && !line.TrimEnd().EndsWith(':') && !TweetLineAbove.OpensParagraph(line) && !ParagraphOpening.ReadsOn(line)
        && (line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinPostWords || TweetLineAbove.TweetMarks().IsMatch(line) || line.Contains("https://", StringComparison.Ordinal) || line.Contains("http://", StringComparison.Ordinal));

    private static string? Alone(string line) =>
        line.Trim() is { Length: > 0 and <= MaxTextLength } text && !TweetLinks.IsLinks(text) ? text : null;

    [GeneratedRegex(@"(?:^|\s)(?:منذ|قبل)\s+\S+|\b\d{1,2}\s?[hmd]\b", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeTime();
}
