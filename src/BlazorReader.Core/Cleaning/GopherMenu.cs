using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// A Gopher menu copied as the server sends it: each line a type letter glued to what it shows,
// then its selector, host and port in tab-separated columns («iنص\tfake\t(NULL)\t0»,
// «0عنوان خبر آخر\t/news/4218.txt\tgopher.example\t70»). The story comes as information lines
// («i»), some too long for the columns; the other types are links to other documents. Three
// such lines make a menu; the letter and the columns come off the story's lines.
internal sealed partial class GopherMenu : ICleaningStep
{
    private const int MinMenuLines = 3;

    public void Apply(CleaningContext context)
    {
        if (context.Lines.Count(l => l.Tweet is null && MenuLine().IsMatch(l.Text)) < MinMenuLines)
        {
            return;
        }
        foreach (var line in context.Lines.Where(l => l.Tweet is null).ToList())
        {
            if (line.Text == ".")
            {
                context.Remove(line, "markup");
                continue;
            }
            var m = MenuLine().Match(line.Text);
            if (m.Success && m.Groups["type"].Value != "i")
            {
                context.Remove(line, "navigation");
                continue;
            }
            // A line too long for the columns is cut with its letter on the first piece and the
            // columns on the last («om/WLdBdd4msx\tfake\t(NULL)\t0»).
            var words = m.Success ? m.Groups["display"].Value.Trim() : InfoLetter().IsMatch(line.Text) ? line.Text[1..].Trim()
                : Columns().Match(line.Text) is { Success: true, Index: > 0 } columns ? line.Text[..columns.Index].Trim() : null;
            if (words is null)
            {
                continue;
            }
            if (!MarkupDebris.HasText(words))
            {
                context.Remove(line, "markup");
                continue;
            }
            context.Removed.Add(new(line.Text.Replace(words, "…", StringComparison.Ordinal), "markup", line.Line));
            line.Text = words;
        }
    }

    // Tabs read as spaces by now: the selector (a path, or a placeholder an information line
    // carries), a host with a dot or «(NULL)», a port.
    private const string Selector = @"\s+(?:/\S*|fake|null|\(NULL\))";
    private const string HostAndPort = @"\s+(?:\(NULL\)|localhost|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)\s+\d{1,5}$";

    [GeneratedRegex(@"^(?<type>[0-9ihIgTs+:;<])(?<display>.*?)(?<columns>(?:" + Selector + @"|\s+-)?" + HostAndPort + ")", RegexOptions.CultureInvariant)]
    private static partial Regex MenuLine();

    [GeneratedRegex(Selector + HostAndPort, RegexOptions.CultureInvariant)]
    private static partial Regex Columns();

    // An information line too long for its columns: the letter before words that are no Latin word's.
    [GeneratedRegex(@"^i(?![A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex InfoLetter();
}
