using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// A tweet's links as page layout leaves them above the signature: on lines of their own or
// at the end of the text line, broken at any character («https://t.» / «co/x», «pic» /
// «.twitter.com/x»), two links glued where the break fell on the space between them. Pieces
// are joined back only when they make whole links, so a text line is never taken for one.
// Links written without their scheme get «https://».
internal static partial class TweetLinks
{
    private const int MaxLines = 4;

    // Finds the links ending on the line above `signature`. `linesFrom` is the first whole
    // line they take; when the first piece ends a text line, `textLine` is that line and
    // `textKept` what remains of it.
    public static bool TryFind(IReadOnlyList<SourceLine> lines, int signature, int floor, out List<string> urls, out int linesFrom, out int textLine, out string textKept)
    {
        urls = [];
        linesFrom = signature;
        textLine = -1;
        textKept = "";
        var top = signature;
        while (top - 1 >= floor && signature - (top - 1) <= MaxLines && lines[top - 1].Tweet is null && UrlCharacters().IsMatch(lines[top - 1].Text))
        {
            top--;
        }
        // The most lines that still make whole links, then a piece ending the line above.
        for (var from = top; from <= signature; from++)
        {
            var whole = string.Concat(Enumerable.Range(from, signature - from).Select(i => lines[i].Text));
            var above = from - 1;
            if (above >= floor && lines[above].Tweet is null && Tail(lines[above].Text) is { } tail && Parse(tail.Piece + whole) is { } withTail)
            {
                (urls, linesFrom, textLine) = (withTail, from, above);
                textKept = StripTrailingLinks(tail.Before, urls);
                return true;
            }
            if (whole.Length > 0 && Parse(whole) is { } alone)
            {
                (urls, linesFrom) = (alone, from);
                return true;
            }
        }
        return false;
    }

    // Links written at the end of a text (the signature's own line): «… text https://t.co/x».
    public static string StripTrailingLinks(string text, List<string> urls)
    {
        while (Tail(text) is { } tail && Parse(tail.Piece) is { } more)
        {
            urls.InsertRange(0, more);
            text = tail.Before;
        }
        return text.TrimEnd();
    }

    private static (string Before, string Piece)? Tail(string text)
    {
        var cut = text.LastIndexOf(' ');
        var piece = text[(cut + 1)..];
        return piece.Length == 0 ? null : (cut < 0 ? "" : text[..cut].TrimEnd(), piece);
    }

    // The joined pieces as whole links, or null when any part is not one.
    private static List<string>? Parse(string joined)
    {
        var urls = new List<string>();
        foreach (var token in joined.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var part in LinkStart().Split(token).Where(p => p.Length > 0))
            {
                if (!Url().IsMatch(part))
                {
                    return null;
                }
                urls.Add(part.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? part : "https://" + part);
            }
        }
        return urls.Count > 0 ? urls : null;
    }

    [GeneratedRegex(@"^[A-Za-z0-9./:_?=&%#~+\-]+( [A-Za-z0-9./:_?=&%#~+\-]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex UrlCharacters();

    [GeneratedRegex(@"(?<=.)(?=https?://|pic\.(?:twitter|x)\.com/)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkStart();

    // A status link with or without its scheme (twitter.com, x.com, www./mobile.), a t.co short
    // link, a picture link (pic.twitter.com, pic.x.com), or any other whole address.
    [GeneratedRegex(@"^(?:(?:https?://)?(?:www\.|mobile\.)?(?:twitter|x)\.com/\w+/status(?:es)?/\d+\S*|(?:https?://)?(?:t\.co/\w{4,}|pic\.(?:twitter|x)\.com/\w{4,})|https?://[\w-]+(?:\.[\w-]+)+(?:/\S*)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();
}
