using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// A page's AsciiDoc source copied as it is written: a header of attributes («:author: فلان»,
// «:revdate: 2015-07-21», «:toc: left»), comment blocks between «////», delimiters of listing
// blocks, block titles («.صورة»), admonition labels («TIP: …»), section marks («== خلفية»),
// and links whose shown words are the story's («link:https://…[نص]», «<<sec-2,نص>>»). Read only
// where two of its own marks show the page is one: a story answers its questions after «= ».
internal sealed partial class AsciiDocSource : ICleaningStep
{
    private const int MinMarks = 2;

    public void Apply(CleaningContext context)
    {
        var lines = context.Lines.Where(l => l.Tweet is null).ToList();
        if (lines.Count(l => Attribute().IsMatch(l.Text) || l.Text == CommentFence || OwnLink().IsMatch(l.Text)) < MinMarks)
        {
            return;
        }
        // A fence with none after it closes nothing: it goes alone, the story below it stays.
        var fences = lines.FindAll(l => l.Text == CommentFence);
        var unclosed = fences.Count % 2 == 1 ? fences[^1] : null;
        var inComment = false;
        foreach (var line in lines)
        {
            if (line.Text == CommentFence || inComment)
            {
                inComment ^= line.Text == CommentFence && line != unclosed;
                context.Remove(line, "markup");
                continue;
            }
            if (Attribute().Match(line.Text) is { Success: true } attribute)
            {
                context.Remove(line, attribute.Groups["name"].Value.ToLowerInvariant() switch
                {
                    "author" or "authors" or "email" => "byline",
                    "revdate" or "date" => "timestamp",
                    _ => "markup",
                });
                continue;
            }
            if (Delimiter().IsMatch(line.Text) || BlockTitle().IsMatch(line.Text))
            {
                context.Remove(line, "markup");
                continue;
            }
            var removed = new List<string>();
            var text = Label().Replace(line.Text, m => Keep(removed, m, ""));
            text = Inline().Replace(text, m => Keep(removed, m, m.Groups["words"].Value));
            if (removed.Count == 0)
            {
                continue;
            }
            if (!MarkupDebris.HasText(text))
            {
                context.Remove(line, "markup");
                continue;
            }
            context.Removed.Add(new(string.Join(" ", removed), "markup", line.Line));
            line.Text = LineSplitter.Normalize(text.Trim());
        }
    }

    private const string CommentFence = "////";

    private static string Keep(List<string> removed, Match m, string words)
    {
        removed.Add(words.Length == 0 ? m.Value.Trim() : m.Value.Replace(words, "…", StringComparison.Ordinal));
        return words;
    }

    [GeneratedRegex(@"^:(?<name>[A-Za-z][\w-]*)!?:(\s.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();

    // «----», «....», «****», «====», «____», «++++» and a table's «|===».
    [GeneratedRegex(@"^(-{4,}|\.{4,}|\*{4,}|={4,}|_{4,}|\+{4,}|\|={3,})$", RegexOptions.CultureInvariant)]
    private static partial Regex Delimiter();

    // A block's title over it: a dot glued to a few words with no stop of a sentence.
    [GeneratedRegex(@"^\.[^\s.][^.!؟?]{0,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex BlockTitle();

    // Section marks and admonition labels before the words they head.
    [GeneratedRegex(@"^(={1,6}\s+|(NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+)", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    // Inline marks only AsciiDoc writes: «link:…[», a cross reference, a footnote.
    [GeneratedRegex(@"link:\S+\[|<<[\w-]+(,[^>]*)?>>|footnote:\[", RegexOptions.CultureInvariant)]
    private static partial Regex OwnLink();

    // A link with the words it shows, a cross reference with or without them, a footnote (its
    // words are a note, not the story's). An address before «[/…]» is a forum's picture
    // («[img]https://…jpg[/img]»), not a link's words.
    [GeneratedRegex(@"(?:link:)?(?:https?://|www\.)[^\s\[\]]+\[(?<words>(?!/)[^\]]*)\]|<<[\w-]+(?:,\s*(?<words>[^>]*))?>>|\s*footnote:\[[^\]]*\]|(?:image|video):{1,2}[^\s\[]+\[[^\]]*\]", RegexOptions.CultureInvariant)]
    private static partial Regex Inline();
}
