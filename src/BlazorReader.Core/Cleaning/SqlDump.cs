using System.Text;
using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// A database dump of a news table: the dump's comments («-- Dumping data for table `news`»),
// its settings («/*!40101 SET NAMES utf8 */;»), locks, and rows («INSERT INTO `news` (…) VALUES
// (12,'title','author','body');»). The story is a row's long string, its paragraphs ended by a
// written «\r\n» and often on lines of their own, the string running on to the line that closes
// it. The statements, the row's short fields and the other rows go; the story's words, read
// out of their quotes, come back as lines.
internal sealed partial class SqlDump : ICleaningStep
{
    private const int MinStatements = 3;
    private const int MinBody = 120;

    public void Apply(CleaningContext context)
    {
        var lines = context.Lines;
        if (lines.Count(l => l.Tweet is null && Statement().IsMatch(l.Text)) < MinStatements || !lines.Exists(l => l.Tweet is null && Insert().IsMatch(l.Text)))
        {
            return;
        }
        var inString = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = line.Text.Trim();
            string body;
            if (line.Tweet is not null)
            {
                continue;
            }
            if (inString)
            {
                (body, var end) = ReadString(text, 0);
                inString = end < 0;
            }
            else if (Insert().Match(text) is { Success: true } m)
            {
                var (strings, openAt) = Values(text, m.Index + m.Length);
                inString = openAt >= 0;
                body = inString ? ReadString(text, openAt).Value : strings.MaxBy(s => s.Length) is { Length: >= MinBody } longest ? longest : "";
            }
            else if (Statement().IsMatch(text) || text.StartsWith("--", StringComparison.Ordinal))
            {
                body = "";
            }
            else
            {
                continue;
            }
            i += Replace(context, i, body) - 1;
        }
    }

    // The line at `at` becomes the paragraphs `body` holds (none: it goes); how many lines now.
    private static int Replace(CleaningContext context, int at, string body)
    {
        var line = context.Lines[at];
        var paragraphs = body.Split('\n').Select(p => p.Trim()).Where(MarkupDebris.HasText).ToList();
        context.KeepWords(line, paragraphs.FirstOrDefault() ?? "");
        if (paragraphs.Count == 0)
        {
            return 0;
        }
        context.Lines.InsertRange(at + 1, paragraphs.Skip(1).Select(p => new SourceLine(p, line.Line)));
        return paragraphs.Count;
    }

    // A row's quoted values from `from` on, read out of their quotes, and where a string left
    // open at the line's end begins (-1: none).
    private static (List<string> Strings, int OpenAt) Values(string text, int from)
    {
        var strings = new List<string>();
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] != '\'')
            {
                continue;
            }
            var (value, end) = ReadString(text, i + 1);
            if (end < 0)
            {
                return (strings, i + 1);
            }
            strings.Add(value);
            i = end;
        }
        return (strings, -1);
    }

    // A string's words from `from` up to its closing quote (or the line's end), escapes read,
    // and the quote's place (-1: none on this line). A doubled quote is a quote.
    private static (string Value, int End) ReadString(string text, int from)
    {
        var value = new StringBuilder();
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                value.Append(text, i, 2);
                i++;
            }
            else if (text[i] == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
            {
                value.Append('\'');
                i++;
            }
            else if (text[i] == '\'')
            {
                return (Unescape(value.ToString()), i);
            }
            else
            {
                value.Append(text[i]);
            }
        }
        return (Unescape(value.ToString()), -1);
    }

    // Escapes read, a written line end kept as one (the paragraphs' seam).
    private static string Unescape(string value) => Escaped().Replace(value, m => m.Value[1] switch
    {
        'r' => "",
        'n' => "\n",
        't' => " ",
        var c => c.ToString(),
    });

    [GeneratedRegex(@"\\.", RegexOptions.CultureInvariant)]
    private static partial Regex Escaped();

    [GeneratedRegex(@"^INSERT\s+(?:IGNORE\s+)?INTO\s+\S+\s*(?:\([^)]*\)\s*)?VALUES\s*\(", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Insert();

    [GeneratedRegex(@"^(?:INSERT\s+(?:IGNORE\s+)?INTO|(?:UN)?LOCK\s+TABLES|SET\s+[@\w]|/\*!\d{5}|DROP\s+TABLE|CREATE\s+TABLE|--\s+(?:MySQL\s+dump|Dump|Host:|Server\s+version|Database:|Dumping\s+data|Table\s+structure))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Statement();
}
