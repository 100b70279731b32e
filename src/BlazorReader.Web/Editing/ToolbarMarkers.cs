using System.Globalization;
using System.Text.RegularExpressions;

namespace BlazorReader.Web.Editing;

// The block markers a line can start with. A subheading and the two lists replace one
// another on a line; a quotation goes in front of whatever the line is.
public static partial class ToolbarEdits
{
    private enum MarkerKind { Heading, Bullet, Number, Quote }

    private static BodySelection Marker(BodySelection at, MarkerKind kind)
    {
        ArgumentNullException.ThrowIfNull(at);
        var s = at.Clamped();
        var first = s.Text.LastIndexOf('\n', Math.Max(0, s.Start - 1)) + 1;
        if (s.Start == 0)
        {
            first = 0;
        }
        // A selection that ends at the start of a line does not take that line in.
        var endAt = s.End > s.Start && s.End > 0 && s.Text[s.End - 1] == '\n' ? s.End - 1 : s.End;
        var last = s.Text.IndexOf('\n', endAt);
        last = last < 0 ? s.Text.Length : last;
        var lines = s.Text[first..last].Split('\n');
        var own = kind == MarkerKind.Quote ? Quoted() : kind == MarkerKind.Heading ? Headed() : kind == MarkerKind.Bullet ? Bulleted() : Numbered();
        var remove = lines.Where(l => l.Trim().Length > 0).All(l => own.IsMatch(l));
        var n = 0;
        var changed = lines.Select(line =>
        {
            if (remove)
            {
                return own.Replace(line, "", 1);
            }
            if (line.Trim().Length == 0)
            {
                // A blank line inside a quotation keeps it one quotation.
                return kind == MarkerKind.Quote && lines.Length > 1 ? ">" : line;
            }
            var bare = kind == MarkerKind.Quote ? line : AnyMarker().Replace(line, "", 1);
            return kind switch
            {
                MarkerKind.Heading => "## " + bare,
                MarkerKind.Bullet => "- " + bare,
                MarkerKind.Number => (++n).ToString(CultureInfo.InvariantCulture) + ". " + bare,
                _ => "> " + bare,
            };
        });
        var block = string.Join('\n', changed);
        var text = s.Text[..first] + block + s.Text[last..];
        return s.Start == s.End ? BodySelection.Caret(text, first + block.Length) : new(text, first, first + block.Length);
    }

    [GeneratedRegex(@"^#{1,6}[ \t]+", RegexOptions.CultureInvariant)]
    private static partial Regex Headed();

    [GeneratedRegex(@"^[-+*][ \t]+", RegexOptions.CultureInvariant)]
    private static partial Regex Bulleted();

    [GeneratedRegex(@"^\d{1,9}[.)][ \t]+", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^>[ \t]?", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^(#{1,6}|[-+*]|\d{1,9}[.)])[ \t]+", RegexOptions.CultureInvariant)]
    private static partial Regex AnyMarker();
}
