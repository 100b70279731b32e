using System.Text;

namespace BlazorReader.Bench.Cleaning;

// The benchmark's own idea of "the same text": invisible marks dropped, any run of white
// space one space. Written apart from the cleaner so that the judge is not the judged.
public static class TextReferee
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c is '\uFEFF' or '\u200B' or '\u200D' or '\u200E' or '\u200F' or '\u00AD' or '\u061C' or '\u2060'
                or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            {
                continue;
            }
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(c);
        }
        return sb.ToString().Replace("\u200C ", " ", StringComparison.Ordinal).Replace(" \u200C", " ", StringComparison.Ordinal).Trim('\u200C', ' ');
    }

    // Lines as a scraped page has them: any line break, blank lines dropped.
    public static List<string> Lines(string text) =>
        [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').Select(Normalize).Where(l => l.Length > 0)];
}
