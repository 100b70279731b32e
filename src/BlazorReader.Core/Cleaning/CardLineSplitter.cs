using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// Before the tweets are rebuilt: a post card's parts printed on one line are put on lines of
// their own, as the rebuilders read them: a dated heading with the link's start after it
// («Name @handle 7 أغسطس 2015 · 6:21 https://x.com/…»), a link or its last piece with the date
// after it («https://t.co/ab12 ٢٠١٥-٠٨-٠٨»), where the date would be read into the link's path.
internal sealed partial class CardLineSplitter : ICleaningStep
{
    public void Apply(CleaningContext context)
    {
        var lines = context.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Tweet is not null || line.Text.Length == 0)
            {
                continue;
            }
            if (line.Text.Contains('@', StringComparison.Ordinal) && line.Text.Contains('/', StringComparison.Ordinal) && HeadingThenLink().Match(line.Text) is { Success: true } h
                && RelayHeading.TryRead(h.Groups["head"].Value, out _, out _, out var marked, out var date) && date is not null && !marked)
            {
                Split(lines, i, h.Groups["head"].Value, h.Groups["link"].Value);
            }
            else if (line.Text[0] < 128 && LinkThenDate().Match(line.Text) is { Success: true } d && CardDate.Parse(d.Groups["date"].Value) is not null
                && (TweetLinks.LinksIn(d.Groups["link"].Value) is { } urls && urls.Exists(TweetLinks.IsTweetLink) || i > 0 && lines[i - 1].Tweet is null && TweetLinks.IsPiece(lines[i - 1].Text.Trim())))
            {
                Split(lines, i, d.Groups["link"].Value, d.Groups["date"].Value);
            }
        }
    }

    private static void Split(List<SourceLine> lines, int at, string first, string second)
    {
        var line = lines[at].Line;
        lines[at] = new SourceLine(first.Trim(), line);
        lines.Insert(at + 1, new SourceLine(second.Trim(), line));
    }

    [GeneratedRegex(@"^(?<head>.*@\w+.*?\d.*?)\s+(?<link>(?:https?:|pic\.|t\.co/)\S*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingThenLink();

    [GeneratedRegex(@"^(?<link>[A-Za-z0-9./:_?=&%#~+\-]+)\s+(?<date>\S.{3,40})$", RegexOptions.CultureInvariant)]
    private static partial Regex LinkThenDate();
}
