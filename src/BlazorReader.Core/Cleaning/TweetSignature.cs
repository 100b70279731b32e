using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// The line that closes a flattened tweet: «— Name (@handle) November 1, 2020» (or «… 1:00 AM ·
// Oct 5, 2022», a card's clock and date), with «—», «–»,
// «-» or another dash («―», «‒», «−»), a date in English or Arabic, or none. Text may stand
// before it on the same line, and the status link after it, whole or only its start (the
// rest on the lines below: `linkStart`).
// A dash line naming a handle is only a signature when what follows the handle is a date, a
// link's start, or both. Layout may glue the dash to the link above it («…/status/123— Name»):
// then `Glued` is set and the text before is that link's end, which the rebuilder must join
// into a whole link or drop the signature.
internal static partial class TweetSignature
{
    private const string AfterDash = @"\s*(?<name>[^()@\n]{1,60}?)\s*\(\s*@(?<handle>\w{1,30})\s*\)\s*(?:on\s+)?(?<rest>[^()@\s][^@]{0,160}|)\s*$";

    private static readonly string[] LinkStarts =
        ["https://", "http://", "pic.twitter.com/", "pic.x.com/", "t.co/", "x.com/", "twitter.com/", "mobile.twitter.com/", "www.twitter.com/", "mobile.x.com/", "www.x.com/"];

    public static bool TryRead(string line, out string textBefore, out string name, out string handle, out DateOnly? date, out string linkStart, out bool glued)
    {
        textBefore = name = handle = linkStart = "";
        date = null;
        glued = false;
        // «(@» is needed by every signature; looking for it first spares the regex on most lines.
        if (!line.Contains('@', StringComparison.Ordinal)
            || (Signature().Match(line) is { Success: true } strict ? strict : GluedSignature().Match(line)) is not { Success: true } m)
        {
            return false;
        }
        glued = m.Groups["glue"].Success;
        var rest = m.Groups["rest"].Value.Trim();
        if (!TryDate(rest, out date))
        {
            var cut = rest.LastIndexOf(' ');
            var piece = rest[(cut + 1)..];
            if (!IsLinkStart(piece) || !TryDate(cut < 0 ? "" : rest[..cut].Trim(), out date))
            {
                return false;
            }
            linkStart = piece;
        }
        textBefore = m.Groups["text"].Value.Trim();
        name = m.Groups["name"].Value.Trim();
        handle = m.Groups["handle"].Value;
        return true;
    }

    // A year printed as a number with a thousands mark («2,015») is a year.
    private static bool TryDate(string text, out DateOnly? date)
    {
        date = text.Length is > 0 and <= 50 ? CardDate.Parse(GroupedYear().Replace(text, "$1$2")) : null;
        return text.Length == 0 || date is not null;
    }

    // The start of a tweet's link, cut anywhere: «h», «https://x.c», «pic.tw», «t.co/7LJ».
    private static bool IsLinkStart(string piece) =>
        TweetLinks.IsPiece(piece)
        && Array.Exists(LinkStarts, s => s.StartsWith(piece, StringComparison.OrdinalIgnoreCase) || piece.StartsWith(s, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"^(?<text>.*)\s*(?<![\w@/])[—–\-―‒−]" + AfterDash, RegexOptions.CultureInvariant)]
    private static partial Regex Signature();

    [GeneratedRegex(@"^(?<text>.*(?<glue>[A-Za-z0-9/]))[—–\-―‒−]" + AfterDash, RegexOptions.CultureInvariant)]
    private static partial Regex GluedSignature();

    [GeneratedRegex(@"(?<!\d)([12\u0661\u0662])[,٬]([0-9\u0660-\u0669]{3})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex GroupedYear();
}
