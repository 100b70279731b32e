using System.Text.RegularExpressions;
using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Cleaning;

// Right after splitting: an embedded tweet flattened into text is its text, its links and a
// signature «— Name (@handle) date». Rebuilt first so that no later step mistakes its link,
// handle or date for chrome or a byline, or its text for a teaser. Found from the signature
// up: the links (TweetLinks), then the text, which may run over a few lines.
internal sealed partial class TweetRebuilder : ICleaningStep
{
    private const int MaxTextLength = 300;
    private const int ShortTail = 30;

    public void Apply(CleaningContext context)
    {
        var lines = context.Lines;
        var floor = 0;
        // Every line's words and the title's: read only when tags alone close a text.
        var story = new Lazy<StoryWords>(() => StoryWords.Above(context, lines.Count));
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Tweet is not null || !TweetSignature.TryRead(lines[i].Text, out var before, out var name, out var handle, out var date, out var linkStart, out var glued))
            {
                continue;
            }
            var last = i;
            var signatureLinks = new List<string>();
            if (linkStart.Length > 0 && !TweetLinks.TryComplete(linkStart, lines, i, out signatureLinks, out last))
            {
                continue;
            }
            if (date is null && linkStart.Length == 0 && i + 1 < lines.Count && CardDate.Parse(lines[i + 1].Text) is { } next)
            {
                (date, last) = (next, i + 1);
            }
            int first;
            string text;
            // A link's end before the dash, glued to it or not: the rest of the link is above it.
            // Not glued and making no link, a word there is the tweet's text («Thanks — …»).
            var linkEnd = TweetLinks.IsPiece(before) ? before : "";
            var urls = new List<string>();
            var (linksFrom, textLine, kept) = (i, -1, "");
            var above = (before.Length == 0 || linkEnd.Length > 0) && TweetLinks.TryFind(lines, i, floor, out urls, out linksFrom, out textLine, out kept, linkEnd);
            if (before.Length > 0 && !above)
            {
                text = TweetLinks.StripTrailingLinks(before, urls);
                first = i;
                if (glued && urls.Count == 0)
                {
                    continue;
                }
            }
            else
            {
                var textEnd = i - 1;
                var lastText = "";
                if (above)
                {
                    textEnd = textLine >= 0 && kept.Length > 0 ? textLine : (textLine >= 0 ? textLine : linksFrom) - 1;
                    lastText = textLine >= 0 && kept.Length > 0 ? kept : textEnd >= floor && lines[textEnd].Tweet is null ? lines[textEnd].Text : "";
                }
                else
                {
                    lastText = textEnd >= floor && lines[textEnd].Tweet is null ? lines[textEnd].Text : "";
                }
                if (lastText.Length == 0 || textEnd < floor)
                {
                    continue;
                }
                first = TextStart(lines, textEnd, lastText, floor, story);
                text = string.Join("\n", lines.Skip(first).Take(textEnd - first).Select(l => l.Text).Append(lastText));
            }
            if (text.Length == 0)
            {
                continue;
            }
            urls.AddRange(signatureLinks);
            // Signature before link: the embed printed the status link under it.
            if (urls.Count == 0 && TweetLinks.TryFindBelow(lines, last, out var below, out var belowLast))
            {
                (urls, last) = (below, belowLast);
            }
            if (date is { } known)
            {
                context.DateEvidence.Add(known);
            }
            var tweet = new ContentBlock(BlockKind.Tweet, text, DirectionClassifier.Of(text), urls.FirstOrDefault(), name, handle, date);
            var merged = new SourceLine(text, lines[first].Line) { Tweet = tweet };
            lines.RemoveRange(first, last - first + 1);
            lines.Insert(first, merged);
            i = first;
            floor = first + 1;
        }
    }

    // The tweet's text ends on textEnd; a line above belongs to it while the whole stays within
    // a tweet's length and the line reads as broken inside one text: tagged, cut after a word
    // no sentence ends on, running on from Latin into Latin, or long, unfinished and as long as
    // the line below. Short unfinished lines (subheadings, verses) stay in the body, and so does
    // a line that ends on a comma or unfinished above a line that opens a paragraph of its own
    // («وأضاف …», «قال …»): a paragraph lost is worse than a tweet shown from its second line.
    private static int TextStart(List<SourceLine> lines, int textEnd, string lastText, int floor, Lazy<StoryWords> story)
    {
        var start = textEnd;
        var length = lastText.Length;
        var below = length;
        while (start - 1 >= floor && lines[start - 1].Tweet is null)
        {
            var above = lines[start - 1].Text;
            var top = start == textEnd ? lastText : lines[start].Text;
            length += above.Length + 1;
            // A text of tags alone («#عاجل #news», «via @x», «cc @x», an emoji), or a few words
            // marked so («📍 غزة», «التفاصيل 👇 #مصر»), is a tweet's last line: the line above is
            // what they tag.
            // A tweet may be tags alone, too: a line above that says what the story says (its
            // names, its pairs of words) is the story's paragraph, not what the tags tag.
            if (start == textEnd && (TagsOnly().IsMatch(lastText) || lastText.Length <= ShortTail && Marked().IsMatch(lastText) && !Phrase().IsMatch(lastText)) && length <= MaxTextLength && !above.EndsWith(':') && !TagsOnly().IsMatch(above) && !InStoryList(lines, above)
                && !IsStoryParagraph(story.Value, above))
            {
                start--;
                below = above.Length;
                continue;
            }
            // A reply opens with the handle it answers: nothing above continues its text. A line
            // marked as an item of a list the story keeps elsewhere too is the story's.
            if (length > MaxTextLength || above.EndsWith(':') || top.StartsWith('@') || InStoryList(lines, above)
                || !TweetLineAbove.Joins(above, top, below))
            {
                break;
            }
            start--;
            below = above.Length;
        }
        return start;
    }

    private static bool IsStoryParagraph(StoryWords story, string line) => story.ShareWithout(StoryWords.Of(line)) >= StoryWords.Telling;

    // Items under a «اقرأ أيضا» header are other stories' titles, not the story's list.
    private static bool InStoryList(List<SourceLine> lines, string line)
    {
        if (!ListItem().IsMatch(line))
        {
            return false;
        }
        var items = 0;
        var underHeader = false;
        foreach (var l in lines)
        {
            var item = l.Tweet is null && ListItem().IsMatch(l.Text);
            underHeader = item ? underHeader : l.Tweet is null && OtherStoriesHeader.Rest(l.Text) is not null;
            items += item && !underHeader ? 1 : 0;
        }
        return items >= 2;
    }

    // Hashtags, handles, «via», «cc», «RT», a bare «#» and pictographs, with one tag or handle at least.
    [GeneratedRegex(@"^(?=.*[#@][\p{L}\p{N}_])(?:(?:#[\p{L}\p{N}_]*|@\w+|via|cc|RT|\p{Cs}|[\u2600-\u27BF\uFE0F\u200D])\s*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex TagsOnly();

    [GeneratedRegex(@"(^|\s)#[\p{L}\p{N}_]|\p{Cs}|[\u2600-\u27BF]", RegexOptions.CultureInvariant)]
    private static partial Regex Marked();

    // A sentence of its own («We are here. #tag»): a whole short tweet, not a tail.
    [GeneratedRegex(@"[.!?؟]|(^|\s)[A-Za-z]", RegexOptions.CultureInvariant)]
    private static partial Regex Phrase();

    [GeneratedRegex(@"^\s*([-–•*▪●]|\d{1,2}[.)\-])\s", RegexOptions.CultureInvariant)]
    private static partial Regex ListItem();
}
