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
    // `end`: a link's last piece glued before the signature on its own line.
    public static bool TryFind(IReadOnlyList<SourceLine> lines, int signature, int floor, out List<string> urls, out int linesFrom, out int textLine, out string textKept, string end = "")
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
            var whole = string.Concat(Enumerable.Range(from, signature - from).Select(i => lines[i].Text)) + end;
            var above = from - 1;
            if (above >= floor && lines[above].Tweet is null && Tail(lines[above].Text, whole) is { } tail && Parse(tail.Piece + whole, tail.Spaced) is { } withTail)
            {
                (urls, linesFrom, textLine) = (withTail, from, above);
                textKept = StripTrailingLinks(tail.Before, urls);
                return true;
            }
            if (whole.Length > 0 && (Parse(whole) ?? Parse(whole, spaced: true)) is { } alone)
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
        while (Tail(text, "") is { } tail && Parse(tail.Piece, tail.Spaced) is { } more)
        {
            urls.InsertRange(0, more);
            text = tail.Before;
        }
        return text.TrimEnd();
    }

    // The last word of a text line, or, when a layout put spaces inside a tweet's link
    // («pic.twitter.co m/3kUXTLN yup»), everything from where the link starts, read without
    // its spaces; then only a tweet's own link shapes count, so no words run into it.
    private static (string Before, string Piece, bool Spaced)? Tail(string text, string rest)
    {
        var cut = text.LastIndexOf(' ');
        var piece = text[(cut + 1)..];
        if (piece.Length == 0)
        {
            return null;
        }
        if (cut > 0 && Parse(piece + rest) is null && SpacedLink().Match(text) is { Success: true } m && m.Index > 0)
        {
            return (text[..m.Index].TrimEnd(), m.Value, true);
        }
        return (cut < 0 ? "" : text[..cut].TrimEnd(), piece, false);
    }

    // Below a signature, the status link the embed printed after it (signature before link),
    // broken over up to four lines. Only a tweet's own link shapes: a story's address below is
    // the story's.
    public static bool TryFindBelow(IReadOnlyList<SourceLine> lines, int after, out List<string> urls, out int lastLine)
    {
        urls = [];
        lastLine = after;
        var bottom = after;
        while (bottom + 1 < lines.Count && bottom + 1 - after <= MaxLines && lines[bottom + 1].Tweet is null && UrlCharacters().IsMatch(lines[bottom + 1].Text))
        {
            bottom++;
        }
        for (var to = bottom; to > after; to--)
        {
            var whole = string.Concat(Enumerable.Range(after + 1, to - after).Select(i => lines[i].Text));
            if (Parse(whole, spaced: true, own: true) is { } found)
            {
                (urls, lastLine) = (found, to);
                return true;
            }
        }
        return false;
    }

    // A status link whose start closes the signature line («… 2015 https://x.c»), with the rest
    // on up to four lines below, each a piece without spaces. The longest whole link wins: a
    // status number is whole at any length, and its last digits may sit on the next line.
    public static bool TryComplete(string start, IReadOnlyList<SourceLine> lines, int after, out List<string> urls, out int lastLine)
    {
        urls = [];
        lastLine = after;
        var bottom = after;
        while (bottom + 1 < lines.Count && bottom + 1 - after <= MaxLines && lines[bottom + 1].Tweet is null && Piece().IsMatch(lines[bottom + 1].Text))
        {
            bottom++;
        }
        for (var to = bottom; to >= after; to--)
        {
            var whole = start + string.Concat(Enumerable.Range(after + 1, to - after).Select(i => lines[i].Text.Trim()));
            if (Parse(whole, own: true) is [var found])
            {
                (urls, lastLine) = ([found], to);
                return true;
            }
        }
        return false;
    }

    // A link's piece: Latin letters, digits and a link's marks, no space inside.
    public static bool IsPiece(string text) => Piece().IsMatch(text);

    public static bool IsTweetLink(string url) => OwnUrl().IsMatch(url);

    // The author a status link names («https://x.com/handle/status/…»), or null for a short or
    // picture link, or one that names none («twitter.com/i/status/…», «/i/web/status/…»).
    public static string? HandleOf(string url) => StatusLink().Match(url) is { Success: true } m ? m.Groups["handle"].Value : null;

    [GeneratedRegex(@"^https?://(?:(?:www|mobile)\.)?(?:twitter|x)\.com/(?<handle>(?!i/)[A-Za-z0-9_]{1,30})/status(?:es)?/\d+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatusLink();

    // A line that is nothing but links.
    public static bool IsLinks(string line) => LinksIn(line) is not null;

    // The links a line is made of, or null when it holds anything else.
    public static List<string>? LinksIn(string line) => Parse(line);

    // The joined pieces as whole links, or null when any part is not one.
    // `spaced`: the spaces inside are layout, not separators. `own`: only a tweet's own link
    // shapes (status, t.co, picture) count.
    private static List<string>? Parse(string joined, bool spaced = false, bool own = false)
    {
        if (spaced)
        {
            own = true;
            joined = joined.Replace(" ", "", StringComparison.Ordinal);
        }
        var urls = new List<string>();
        foreach (var token in joined.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var part in LinkStart().Split(token).Where(p => p.Length > 0))
            {
                if (!Url().IsMatch(part) || own && !OwnUrl().IsMatch(part))
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

    [GeneratedRegex(@"^\s*[A-Za-z0-9./:_?=&%#~+\-]+\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Piece();

    // A picture link starts a new link unless it follows its own scheme («https://pic.x.com/…»).
    [GeneratedRegex(@"(?<=.)(?=https?://)|(?<=.)(?<!https?://)(?=pic\.(?:twitter|x)\.com/)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkStart();

    // A status link with or without its scheme (twitter.com, x.com, www./mobile.), a t.co short
    // link, a picture link (pic.twitter.com, pic.x.com), or any other whole address. A status
    // number ends the link or a path or query goes on after it: words joined on after its
    // digits are the line below read into it («…/status/2882…740Importantupdate:…»). A short or
    // picture link's key is ten characters or so: more is an English line below joined on. A
    // status number has nineteen digits at most: more is a date below joined on («…20 07/08/2015»).
    [GeneratedRegex(@"^(?:(?:https?://)?(?:www\.|mobile\.)?(?:twitter|x)\.com/(?:i/web|\w+)/status(?:es)?/\d{1,19}(?:[/?#]\S*)?|(?:https?://)?(?:t\.co/\w{4,12}|pic\.(?:twitter|x)\.com/\w{4,12})|https?://[\w-]+(?:\.[\w-]+)+(?:/\S*)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"^(?:(?:https?://)?(?:www\.|mobile\.)?(?:twitter|x)\.com/(?:i/web|\w+)/status(?:es)?/\d{1,19}(?:[/?#]\S*)?|(?:https?://)?(?:t\.co/\w{4,12}|pic\.(?:twitter|x)\.com/\w{4,12}))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnUrl();

    // From a link's start to the line's end, Latin pieces of a link parted by spaces.
    [GeneratedRegex(@"(?<=^|\s)(?:https?:|pic\.|t\.co/|(?:www\.|mobile\.)?(?:twitter|x)\.com/)[A-Za-z0-9./:_?=&%#~+\-]*(?: [A-Za-z0-9./:_?=&%#~+\-]{1,12})+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpacedLink();
}
