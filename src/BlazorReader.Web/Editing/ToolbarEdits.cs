using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BlazorReader.Web.Editing;

// What each toolbar button does to the body's Markdown: wrap the selection (bold, italic), set
// or take away a line's block marker (subheading, lists, quotation), or put a block of its own
// (picture, tweet, pasted paragraphs) between blank lines. Pressed twice, a wrap or a marker
// is taken off again. Each returns the new text with what should be selected after it.
public static partial class ToolbarEdits
{
    public static BodySelection Wrap(BodySelection at, string delimiter)
    {
        ArgumentNullException.ThrowIfNull(at);
        var s = at.Clamped();
        if (s.Start == s.End)
        {
            return Caret(s.Text[..s.Start] + delimiter + delimiter + s.Text[s.End..], s.Start + delimiter.Length);
        }
        if (!s.Selected.Contains('\n', StringComparison.Ordinal) && Surrounds(s, delimiter))
        {
            var bare = s.Text[..(s.Start - delimiter.Length)] + s.Selected + s.Text[(s.End + delimiter.Length)..];
            return new(bare, s.Start - delimiter.Length, s.End - delimiter.Length);
        }
        // Emphasis cannot cross a line end: each selected line is wrapped on its own.
        var lines = s.Selected.Split('\n');
        var unwrap = lines.All(l => l.Trim().Length == 0 || IsWrapped(l.Trim(), delimiter));
        var sb = new StringBuilder(s.Text[..s.Start]);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var core = line.Trim();
            var lead = line[..(line.Length - line.TrimStart().Length)];
            sb.Append(i == 0 ? "" : "\n").Append(lead)
                .Append(core.Length == 0 ? "" : unwrap ? core[delimiter.Length..^delimiter.Length] : delimiter + core + delimiter)
                .Append(line[(lead.Length + core.Length)..]);
        }
        var end = sb.Length;
        var text = sb.Append(s.Text[s.End..]).ToString();
        if (lines.Length > 1 || unwrap || s.Selected.Trim().Length == 0)
        {
            return new(text, s.Start, end);
        }
        // One line wrapped: its words stay selected, so that a second press takes the wrap off.
        var wordsAt = s.Start + (s.Selected.Length - s.Selected.TrimStart().Length) + delimiter.Length;
        return new(text, wordsAt, wordsAt + s.Selected.Trim().Length);
    }

    public static BodySelection Heading(BodySelection at) => Marker(at, MarkerKind.Heading);

    public static BodySelection Bullets(BodySelection at) => Marker(at, MarkerKind.Bullet);

    public static BodySelection Numbers(BodySelection at) => Marker(at, MarkerKind.Number);

    public static BodySelection Quote(BodySelection at) => Marker(at, MarkerKind.Quote);

    // A block of its own at the selection (which it replaces), a blank line on either side.
    public static BodySelection Block(BodySelection at, string markdown)
    {
        ArgumentNullException.ThrowIfNull(at);
        ArgumentNullException.ThrowIfNull(markdown);
        var s = at.Clamped();
        var before = s.Text[..s.Start].TrimEnd(' ', '\t');
        var after = s.Text[s.End..].TrimStart(' ', '\t');
        var lead = before.Length == 0 || before.EndsWith("\n\n", StringComparison.Ordinal) ? "" : before.EndsWith('\n') ? "\n" : "\n\n";
        var trail = after.Length == 0 || after.StartsWith("\n\n", StringComparison.Ordinal) ? "" : after.StartsWith('\n') ? "\n" : "\n\n";
        var block = markdown.Trim('\n');
        return Caret(before + lead + block + trail + after, before.Length + lead.Length + block.Length);
    }

    // Pasted Markdown: one paragraph goes where the caret is, like typed text; more is blocks.
    public static BodySelection Paste(BodySelection at, string markdown)
    {
        ArgumentNullException.ThrowIfNull(at);
        ArgumentNullException.ThrowIfNull(markdown);
        if (markdown.Contains('\n', StringComparison.Ordinal) || LineMarker().IsMatch(markdown))
        {
            return Block(at, markdown);
        }
        var s = at.Clamped();
        return Caret(s.Text[..s.Start] + markdown + s.Text[s.End..], s.Start + markdown.Length);
    }

    public static BodySelection Insert(BodySelection at, string inline)
    {
        ArgumentNullException.ThrowIfNull(at);
        ArgumentNullException.ThrowIfNull(inline);
        var s = at.Clamped();
        return Caret(s.Text[..s.Start] + inline + s.Text[s.End..], s.Start + inline.Length);
    }

    private static BodySelection Caret(string text, int at) => BodySelection.Caret(text, at);

    private static bool IsWrapped(string core, string d)
    {
        var (lead, tail) = (Stars(core, 0, 1), Stars(core, core.Length - 1, -1));
        return core.Length > 2 * d.Length && (d == "*" ? lead % 2 == 1 && tail % 2 == 1 : lead >= 2 && tail >= 2);
    }

    // The selection stands between the delimiters ("**[word]**"), counting runs of '*' so that
    // italic is not taken for half of a bold.
    private static bool Surrounds(BodySelection s, string d)
    {
        var before = Stars(s.Text, s.Start - 1, -1);
        var after = Stars(s.Text, s.End, 1);
        return d == "*" ? before % 2 == 1 && after % 2 == 1 : before >= 2 && after >= 2;
    }

    private static int Stars(string text, int from, int step)
    {
        var n = 0;
        for (var i = from; i >= 0 && i < text.Length && text[i] == '*'; i += step)
        {
            n++;
        }
        return n;
    }

    [GeneratedRegex(@"^(#{1,6}\s|[-+*]\s|\d{1,9}[.)]\s|>)", RegexOptions.CultureInvariant)]
    private static partial Regex LineMarker();
}
