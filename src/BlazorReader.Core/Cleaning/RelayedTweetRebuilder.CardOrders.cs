namespace BlazorReader.Core.Cleaning;

// The orders a copied card prints its parts in round its heading (text first, link first,
// heading first), each read on its own so the rebuilder can weigh one against another.
internal sealed partial class RelayedTweetRebuilder
{
    // A text-first card round its heading: one line of text right over it and the tweet's own
    // link alone on the lines under it, or the link closing the text (whole or broken) right
    // over the heading.
    // `most`: the longest text read over the heading.
    private static (string Text, string Url, int First, int Last)? TextFirst(List<SourceLine> lines, int heading, int most = MaxTextLength)
    {
        if (heading > 0 && lines[heading - 1].Tweet is null && Alone(lines[heading - 1].Text, most) is { } text && !text.EndsWith(':')
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
            if (text.Length is 0 or > MaxLinkedTextLength || TweetLinks.IsLinks(text) || TweetLinks.IsPiece(text) || Signs(text))
            {
                return null;
            }
            if (LinkLinesAbove(lines, top) is var (url, from))
            {
                // A text longer than a post's, or a line that introduces what follows, is this
                // card's only under its author's own status link.
                var storyLike = lines.GetRange(top, heading - top).Exists(l => l.Text.Trim() is var t && (t.Length > MaxTextLength || t.EndsWith(':')));
                return OthersLink(url, handle) || storyLike && TweetLinks.HandleOf(url) is null ? null : Joined(top);

                (string, string, int) Joined(int at) => (string.Join("\n", lines.GetRange(at, heading - at).Select(l => l.Text.Trim())), url, from);
            }
        }
        return null;
    }

    // Heading, link, text: a tweet's own link (its author's, if a status link) alone on the
    // lines right under the heading, then one line of text that is no link and heads nothing.
    private static (string Text, string Url, int Last)? HeadingFirst(List<SourceLine> lines, int heading, string handle)
    {
        if (!TweetLinks.TryFindBelow(lines, heading, out var urls, out var last) || urls.Find(TweetLinks.IsTweetLink) is not { } url
            || OthersLink(url, handle)
            || last + 1 >= lines.Count || lines[last + 1].Tweet is not null)
        {
            return null;
        }
        var text = lines[last + 1].Text.Trim();
        var most = OwnLink(url, handle) ? MaxLinkedTextLength : MaxTextLength;
        return text.Length is > 0 && text.Length <= most && !text.EndsWith(':') && !TweetLinks.IsLinks(text) && !TweetLinks.IsPiece(text)
            && !RelayHeading.TryRead(text, out _, out _, out _, out _) && ChromeRemover.ReasonFor(text) is null ? (text, url, last + 1) : null;
    }

    // Of the line over the heading and the line under the link, the post's text is the one the
    // story says far less of, the other reading as the story's; the picture's «ALT» badge under
    // the line below settles it. Unsure, the line over the heading is the post's (TextFirst).
    private static bool BelowIsThePost(CleaningContext context, List<SourceLine> lines, string over, string under, int underAt)
    {
        if (underAt + 1 < lines.Count && TweetCardParts.IsAltBadge(lines[underAt + 1].Text))
        {
            return true;
        }
        var story = StoryWords.Above(context, lines.Count);
        var overShare = story.ShareWithout(StoryWords.Of(over));
        return overShare >= StoryWords.Telling && story.ShareWithout(StoryWords.Of(under)) < overShare / 2;
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
}
