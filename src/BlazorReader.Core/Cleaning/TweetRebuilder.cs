using System.Globalization;
using System.Text.RegularExpressions;
using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Cleaning;

// Right after splitting: an embedded tweet flattened into text is its text, its link (often
// broken as «https://t.» / «co/…»), and a signature «— Name (@handle) Month D, YYYY». Rebuilt
// first so that no later step mistakes its link, handle or date for chrome or a byline.
internal sealed partial class TweetRebuilder : ICleaningStep
{
    public void Apply(CleaningContext context)
    {
        var lines = context.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            // The signature needs «(@»; looking for it first spares the lazy regex on every line.
            if (lines[i].Tweet is not null || !lines[i].Text.Contains("(@", StringComparison.Ordinal)
                || Signature().Match(lines[i].Text) is not { Success: true } sig)
            {
                continue;
            }
            var first = i;
            string? url = null;
            var text = sig.Groups["text"].Value.Trim();
            var urlStart = LinkEnd(lines, i - 1, out url);
            first = urlStart;
            if (text.Length == 0)
            {
                var textStart = TextStart(lines, urlStart);
                text = string.Join("\n", lines.Skip(textStart).Take(urlStart - textStart).Select(l => l.Text));
                first = textStart;
            }
            if (text.Length == 0)
            {
                continue;
            }
            var date = DateOnly.TryParseExact(sig.Groups["date"].Value.Replace(",", "", StringComparison.Ordinal), ["MMMM d yyyy", "MMM d yyyy"],
                CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d) ? d : (DateOnly?)null;
            if (date is { } known)
            {
                context.DateEvidence.Add(known);
            }
            var tweet = new ContentBlock(BlockKind.Tweet, text, DirectionClassifier.Of(text), url,
                sig.Groups["name"].Value.Trim(), sig.Groups["handle"].Value, date);
            var merged = new SourceLine(text, lines[first].Line) { Tweet = tweet };
            lines.RemoveRange(first, i - first + 1);
            lines.Insert(first, merged);
            i = first;
        }
    }

    // Walks back over the link's pieces above the signature; returns the index of its first piece.
    private static int LinkEnd(List<SourceLine> lines, int last, out string? url)
    {
        url = null;
        var pieces = new List<string>();
        var i = last;
        while (i >= 0 && pieces.Count < 3 && LinkPiece().IsMatch(lines[i].Text))
        {
            pieces.Insert(0, lines[i].Text);
            i--;
        }
        if (pieces.Count > 0)
        {
            var joined = string.Concat(pieces).Replace(" ", "", StringComparison.Ordinal);
            url = joined.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? joined : "https://" + joined;
            return i + 1;
        }
        // The link may end the text line itself: «… to fight. https://t.co/x».
        if (last >= 0 && TrailingLink().Match(lines[last].Text) is { Success: true } m)
        {
            url = m.Groups[1].Value;
            lines[last].Text = lines[last].Text[..m.Index].TrimEnd();
            return last + 1; // the text is the rest of that same line
        }
        return last + 1;
    }

    // The tweet's text is the line above its link; Latin text may run over several lines.
    private static int TextStart(List<SourceLine> lines, int linkStart)
    {
        var start = linkStart - 1;
        if (start < 0 || lines[start].Tweet is not null)
        {
            return linkStart;
        }
        if (DirectionClassifier.Of(lines[start].Text) == TextDirection.Ltr)
        {
            while (start > 0 && lines[start - 1].Tweet is null && DirectionClassifier.Of(lines[start - 1].Text) == TextDirection.Ltr
                   && linkStart - start < 4)
            {
                start--;
            }
        }
        return start;
    }

    [GeneratedRegex(@"^(?<text>.*?)\s*[—–-]\s*(?<name>[^()@\n]{1,60}?)\s*\(@(?<handle>\w{1,30})\)\s*(?<date>(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2},?\s+\d{4})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Signature();

    [GeneratedRegex(@"^(https?://)?(t\.?|t\.co/?\S*|co/\S+|pic\.twitter\.com/\S+|https?:?/?/?|\S{0,12}twitter\.com/\S*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkPiece();

    [GeneratedRegex(@"\s(https?://t\.co/\S+|pic\.twitter\.com/\S+)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingLink();
}
