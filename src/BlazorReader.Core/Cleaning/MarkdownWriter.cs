using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Cleaning;

// Last: blocks become Markdown that Markdig reads as the same article. A plain paragraph is
// escaped so that Markdig reads it back literally (no heading, list, emphasis, link or
// auto-link where the paper printed a '#', '*' or an address); a tweet is a blockquote whose
// last line carries author, handle, date and link; a Markdown block is its own source.
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
            else if (block.Kind == BlockKind.Markdown)
            {
                sb.Append(block.Text.TrimEnd());
            }
            else
            {
                sb.Append(Escape(block.Text));
            }
        }
        return sb.Append('\n').ToString();
    }

    // A line of literal text as Markdown that reads back as the same text.
    public static string Escape(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var sb = new StringBuilder(line.Length + 8);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' || (c == '&' && Entity().IsMatch(line.AsSpan(i))))
            {
                sb.Append('\\');
            }
            else if (AutoLinkAt(line, i) is > 0 and var at)
            {
                // Markdig's auto-links start at "http://", "www." and the like: an escaped
                // ':' or '.' keeps a printed address text, as the paper printed it.
                sb.Append(line, i, at - i).Append('\\');
                i = at;
                c = line[i];
            }
            sb.Append(c);
        }
        var escaped = sb.ToString();
        if (Opener().Match(escaped) is { Success: true } m)
        {
            // An ordered list's marker is escaped at its '.' or ')': "\1." is no escape.
            var at = m.Groups["number"].Success ? m.Groups["number"].Length : 0;
            escaped = escaped.Insert(at, "\\");
        }
        return escaped;
    }

    // The inverse of Escape: a backslash before a character Escape escapes is dropped. The
    // cleaner reads its own Markdown back through this, so only those pairs are touched.
    public static string Unescape(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.Contains('\\', StringComparison.Ordinal))
        {
            return line;
        }
        var sb = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length && Escapable.Contains(line[i + 1]))
            {
                i++;
            }
            sb.Append(line[i]);
        }
        return sb.ToString();
    }

    private const string Escapable = "\\`*_[]<&#>-+.)=~^:";

    private static readonly string[] AutoLinkStarts = ["http://", "https://", "ftp://", "mailto:", "tel:", "www."];

    // Where the escape goes when an auto-link starts at i (the ':' or the '.'), else -1.
    private static int AutoLinkAt(string line, int i)
    {
        if (line[i] is not ('h' or 'H' or 'f' or 'F' or 'm' or 'M' or 't' or 'T' or 'w' or 'W'))
        {
            return -1;
        }
        foreach (var start in AutoLinkStarts)
        {
            if (line.AsSpan(i).StartsWith(start, StringComparison.OrdinalIgnoreCase))
            {
                return i + start.IndexOfAny([':', '.']);
            }
        }
        return -1;
    }

    // What would start a heading, quote, list, fence, figure, thematic break or setext
    // underline at line start ('*', '_' and '`' are escaped wherever they stand).
    [GeneratedRegex(@"^(#{1,6}(\s|$)|>|[-+](\s|$)|-{3,}|(?<number>\d{1,9})[.)](\s|$)|~~~|\^\^\^|=+\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex Opener();

    [GeneratedRegex(@"^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});", RegexOptions.CultureInvariant)]
    private static partial Regex Entity();
}
