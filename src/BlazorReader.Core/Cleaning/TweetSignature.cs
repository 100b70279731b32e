using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// The line that closes a flattened tweet: «— Name (@handle) November 1, 2020», with «—», «–»,
// «-» or another dash («―», «‒», «−»), a date in English or Arabic, or none. Text may stand
// before it on the same line.
// A dash line naming a handle is only a signature when what follows the handle is a date.
internal static partial class TweetSignature
{
    public static bool TryRead(string line, out string textBefore, out string name, out string handle, out DateOnly? date)
    {
        textBefore = name = handle = "";
        date = null;
        // «(@» is needed by every signature; looking for it first spares the regex on most lines.
        if (!line.Contains('@', StringComparison.Ordinal) || Signature().Match(line) is not { Success: true } m)
        {
            return false;
        }
        var dateText = m.Groups["date"].Value.Trim();
        date = dateText.Length == 0 ? null : PrintedDate.Parse(dateText);
        if (dateText.Length > 0 && date is null)
        {
            return false;
        }
        textBefore = m.Groups["text"].Value.Trim();
        name = m.Groups["name"].Value.Trim();
        handle = m.Groups["handle"].Value;
        return true;
    }

    // A date standing alone on the line after a signature that had none.
    public static DateOnly? DateLine(string line) => line.Length <= 40 ? PrintedDate.Parse(line) : null;

    [GeneratedRegex(@"^(?<text>.*)\s*(?<![\w@/])[—–\-―‒−]\s*(?<name>[^()@\n]{1,60}?)\s*\(\s*@(?<handle>\w{1,30})\s*\)\s*(?:on\s+)?(?<date>[^()@]{0,40}?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Signature();
}
