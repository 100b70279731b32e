using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Cleaning;

// Last: blocks become Markdown that Markdig reads as the same article. A paragraph that would
// open a Markdown construct (heading, quote, list) is escaped; a tweet is a blockquote whose
// last line carries author, handle, date and link.
public static partial class MarkdownWriter
{
    public static string Write(IEnumerable<ContentBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var sb = new StringBuilder();
        foreach (var block in blocks)
        {
            if (sb.Length > 0)
            {
                sb.Append("\n\n");
            }
            if (block.Kind == BlockKind.Tweet)
            {
                foreach (var line in block.Text.Split('\n'))
                {
                    sb.Append("> ").Append(Escape(line)).Append('\n');
                }
                sb.Append(">\n> — ").Append(block.AuthorName).Append(" (@").Append(block.Handle).Append(')');
                var date = block.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                if (block.Url is { } url)
                {
                    sb.Append(" [").Append(date ?? "link").Append("](").Append(url).Append(')');
                }
                else if (date is not null)
                {
                    sb.Append(' ').Append(date);
                }
            }
            else
            {
                sb.Append(Escape(block.Text));
            }
        }
        return sb.Append('\n').ToString();
    }

    public static string Escape(string line) => Opener().IsMatch(line) ? "\\" + line : line;

    public static string Unescape(string line) => line.StartsWith('\\') && Opener().IsMatch(line[1..]) ? line[1..] : line;

    // What would start a heading, quote, list, code block or thematic break at line start.
    [GeneratedRegex(@"^(#{1,6}(\s|$)|>|[-*+](\s|$)|\d{1,9}[.)](\s|$)|```|~~~|={3,}|_{3,}|\*{3,})", RegexOptions.CultureInvariant)]
    private static partial Regex Opener();
}
