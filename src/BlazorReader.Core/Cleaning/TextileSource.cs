using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// A page's Textile source (Redmine, Textpattern): each block opens with its signature — «h1. »,
// «p. », «p(rtl). », «bq. », «fn1. », a class, an id, a style or an alignment before the stop —
// and a link is «"the words":https://…». Three signed blocks make a source; then the signatures
// come off, a link keeps its words and a block in italics or bold («_…_», «*…*») loses the marks.
internal sealed partial class TextileSource : ICleaningStep
{
    private const int MinBlocks = 3;

    public void Apply(CleaningContext context)
    {
        if (context.Lines.Count(l => l.Tweet is null && Signature().IsMatch(l.Text)) < MinBlocks)
        {
            return;
        }
        foreach (var line in context.Lines.Where(l => l.Tweet is null).ToList())
        {
            var words = Link().Replace(Signature().Replace(line.Text, ""), "${words}").Trim();
            words = Emphasis().Match(words) is { Success: true } m ? m.Groups["words"].Value.Trim() : words;
            // A line the source's marks do not touch is left to the steps after.
            if (words != line.Text)
            {
                context.KeepWords(line, words);
            }
        }
    }

    // «h1. », «p(rtl). », «p{color:red}. », «bq[ar]. », «p<>. », «fn1. »: a block's type, its
    // attributes, a stop and a space.
    [GeneratedRegex(@"^(?:h[1-6]|p|bq|bc|pre|fn\d{1,2}|notextile)(?:\([^)\n]{0,40}\)|\{[^}\n]{0,80}\}|\[[a-z]{2}(?:-[A-Za-z]{2})?\]|[<>=]{1,2}|[()]{1,3})*\.\s", RegexOptions.CultureInvariant)]
    private static partial Regex Signature();

    // «"الكلمات":https://…», the words in quotes glued to a colon and the address.
    [GeneratedRegex(@"""(?<words>[^""\n]{1,300})"":(?:https?://|www\.|/)\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex(@"^(?<mark>[_*]{1,2})(?<words>\S(?:.*\S)?)\k<mark>$", RegexOptions.CultureInvariant)]
    private static partial Regex Emphasis();
}
