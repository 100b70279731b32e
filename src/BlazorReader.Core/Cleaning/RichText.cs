using System.Text;
using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// A word processor's rich text (RTF) pasted as it is saved: a header of font and colour tables,
// then each paragraph's words between control words («\pard\rtlpar\qj\f0\fs28 … \par»). Arabic
// is written out as it is or escaped, by its code («\u1575?») or by its byte in the Arabic code
// page («\'c7»); the words are read back and the control words go.
internal static partial class RichText
{
    private static readonly Encoding ArabicCodePage = CodePagesEncodingProvider.Instance.GetEncoding(1256)!;

    // The document's opening and its tables: «{\rtf1\ansi\ansicpg1256…», «{\*\generator …}»,
    // «{\fonttbl …}», «{\colortbl;…}»; and the brace that closes it, alone.
    public static bool IsHeader(string line) => Header().IsMatch(line);

    // The line's words with its control words and groups' braces taken off (kept in `removed`).
    public static string Plain(string line, List<string> removed)
    {
        var text = Escape().Replace(line, m => m.Groups["code"].Success
            ? ((char)(short)int.Parse(m.Groups["code"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)).ToString()
            : ArabicCodePage.GetString([Convert.ToByte(m.Groups["byte"].Value, 16)]));
        return Control().Replace(text, m =>
        {
            removed.Add(m.Value.Trim());
            return m.Groups["space"].Success ? " " : "";
        });
    }

    [GeneratedRegex(@"^\s*(\{\\(rtf\d|\*\\|fonttbl|colortbl|stylesheet|info)|\}\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex Header();

    // «\u1575?» (a signed 16-bit code, then the character a reader without Unicode shows) and «\'c7».
    [GeneratedRegex(@"\\u(?<code>-?\d{1,5})\??|\\'(?<byte>[0-9a-fA-F]{2})", RegexOptions.CultureInvariant)]
    private static partial Regex Escape();

    // A control word with its number and the one space that ends it; «\par», «\line» and «\tab»
    // part words, so they leave a space. Braces of a group («{\b …}») go with them.
    [GeneratedRegex(@"\\(?<space>par|line|tab)(?![A-Za-z])\s?|\\[A-Za-z]{1,32}(-?\d{1,10})?\s?|\\\*|[{}]", RegexOptions.CultureInvariant)]
    private static partial Regex Control();
}
