using System.Text.RegularExpressions;
using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Cleaning;

// A post copied as one line led by its author, «Name @handle: text link date»: the link at the
// text's end or broken onto up to three lines below it, at any character, and the date after
// it on the link's last line or alone under it. Only with a post's own link (status, t.co,
// picture): a line led by a handle without one is the story quoting an account, and stays.
internal sealed partial class InlinePostRebuilder : ICleaningStep
{
    private const int MaxLinkLines = 3;
    private const int MaxTextLength = 320;

    public void Apply(CleaningContext context)
    {
        var lines = context.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Tweet is null && Led().Match(lines[i].Text.Trim()) is { Success: true } m && Post(lines, i, m.Groups["rest"].Value) is var (text, url, date, last))
            {
                if (date is null && last + 1 < lines.Count && lines[last + 1].Tweet is null && CardDate.Parse(lines[last + 1].Text.Trim()) is { } under)
                {
                    (date, last) = (under, last + 1);
                }
                if (date is { } sent)
                {
                    context.DateEvidence.Add(sent);
                }
                var name = m.Groups["name"].Value.Trim();
                RelayedTweetRebuilder.Replace(lines, i, last, new ContentBlock(BlockKind.Tweet, text, DirectionClassifier.Of(text), url, name.Length > 0 ? name : null, m.Groups["handle"].Value, date));
            }
        }
    }

    // The text, its own link and the date printed after it, from the line led by the author
    // down to the link's last piece: the most lines that still make a whole link win.
    private static (string Text, string Url, DateOnly? Date, int Last)? Post(List<SourceLine> lines, int at, string rest)
    {
        for (var last = Math.Min(lines.Count - 1, at + MaxLinkLines); last >= at; last--)
        {
            if (Enumerable.Range(at + 1, last - at).Any(j => lines[j].Tweet is not null))
            {
                continue;
            }
            var (end, date) = WithoutDate(last == at ? rest : lines[last].Text.Trim());
            List<SourceLine> parts = [new(last == at ? end : rest, 0), .. Enumerable.Range(at + 1, last - at).Select(j => new SourceLine(j == last ? end : lines[j].Text.Trim(), j))];
            if (parts.Skip(1).Any(p => !TweetLinks.IsPiece(p.Text))
                || !TweetLinks.TryFind(parts, parts.Count, 0, out var urls, out var from, out var textLine, out var kept)
                || (textLine != 0 && from != 1) || urls.Find(TweetLinks.IsTweetLink) is not { } url)
            {
                continue;
            }
            var text = (textLine == 0 ? kept : parts[0].Text).Trim();
            return text.Length is > 0 and <= MaxTextLength && !TweetLinks.IsLinks(text) ? (text, url, date, last) : null;
        }
        return null;
    }

    // «… t.co/x 2015-08-08», «… com/x الاثنين 20 يوليو 2015»: the longest tail that reads as a
    // date. A line that is all date («2015-08-03», «03/08/2015») is no piece of the link.
    private static (string Left, DateOnly? Date) WithoutDate(string line)
    {
        if (CardDate.Parse(line) is { } whole)
        {
            return ("", whole);
        }
        var spaces = 0;
        (string, DateOnly?) found = (line, null);
        for (var cut = line.LastIndexOf(' '); cut > 0 && spaces < 6; cut = line.LastIndexOf(' ', cut - 1), spaces++)
        {
            if (CardDate.Parse(line[(cut + 1)..]) is { } date)
            {
                found = (line[..cut].TrimEnd(), date);
            }
        }
        return found;
    }

    // «Name @handle: …» or «@handle: …», the name a few words with no mark of a sentence.
    [GeneratedRegex(@"^(?:(?<name>[^@:：\n.!؟?«»""()]{1,40}?)\s+)?(?<![\w.])@(?<handle>[A-Za-z0-9_]{1,30})\s*[:：]\s+(?<rest>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Led();
}
