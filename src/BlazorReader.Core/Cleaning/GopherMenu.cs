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
        // Where information lines carry columns, one cut short opens with «i» and none; its
        // pieces follow, the last with the columns. Any other line opens with its type letter.
        var cuts = context.Lines.Exists(l => l.Tweet is null && MenuLine().Match(l.Text) is { Success: true } m && m.Groups["type"].Value == "i");
        var inCut = false;
        foreach (var line in context.Lines.Where(l => l.Tweet is null).ToList())
        {
            // «i» before words no Latin word's (or none) opens a line, even after a columnless one.
            var starts = !inCut || InfoLetter().IsMatch(line.Text);
            var whole = Columns().IsMatch(line.Text);
            inCut = cuts && !whole && (!starts || line.Text.StartsWith('i'));
            if (line.Text == ".")
            {
                context.Remove(line, "markup");
                continue;
            }
            var m = MenuLine().Match(line.Text);
            // The placeholder columns make an information line whatever letter opens it: a cut
            // line's last piece («2bag8Fk1AA\t\terror.host\t1») is no link of type «2».
            if (m.Success && m.Groups["type"].Value != "i" && (starts || !InfoColumns().IsMatch(m.Groups["columns"].Value)))
            {
                context.Remove(line, "navigation");
                continue;
            }
            // A line too long for the columns is cut with its letter on the first piece and the
            // columns on the last («om/WLdBdd4msx\tfake\t(NULL)\t0»).
            var words = m.Success && starts ? m.Groups["display"].Value.Trim()
                : starts && line.Text.StartsWith('i') && (!whole || InfoLetter().IsMatch(line.Text)) ? line.Text[1..].Trim()
                : Columns().Match(line.Text) is { Success: true, Index: > 0 } columns ? line.Text[..columns.Index].Trim() : null;
            if (words is null)
            {
                continue;
            }
            context.KeepWords(line, words);
        }
    }

    // Tabs read as spaces by now: the selector (a path, or a placeholder an information line
    // carries), a host with a dot or «(NULL)», a port.
    private const string Selector = @"\s+(?:/\S*|fake|null|\(NULL\))";
    private const string HostAndPort = @"\s+(?:\(NULL\)|localhost|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)\s+\d{1,5}$";

    [GeneratedRegex(@"^(?<type>[0-9ihIgTs+:;<])(?<display>.*?)(?<columns>(?:" + Selector + @"|\s+-)?" + HostAndPort + ")", RegexOptions.CultureInvariant)]
    private static partial Regex MenuLine();

    [GeneratedRegex("(?:" + Selector + @"|\s+-)?" + HostAndPort, RegexOptions.CultureInvariant)]
    private static partial Regex Columns();

    // What an information line carries for a selector, host and port: nothing to follow.
    [GeneratedRegex(@"^\s+(?:(?:fake|null|\(NULL\))\s+)?(?:\(NULL\)|error\.host|null\.host|fake)\s+[01]$", RegexOptions.CultureInvariant)]
    private static partial Regex InfoColumns();

    // An information line too long for its columns: the letter before words that are no Latin word's.
    [GeneratedRegex(@"^i(?![A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex InfoLetter();
}
