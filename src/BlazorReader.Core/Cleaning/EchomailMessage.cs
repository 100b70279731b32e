using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// A FidoNet echomail message as an editor shows it: the area («AREA:ARABIC.NEWS»), the header
// («Msg  : 12 of 40», «From : Name  2:5020/123  01 Aug 15», «To   : All», «Subj : …»), control
// lines («^AMSGID: …», «SEEN-BY: …»), the tear and origin lines that close it («--- GoldED+»,
// « * Origin: … (2:5020/123)»), and an earlier message quoted behind its writer's initials
// («KH> …») under «In a message of …, Name wrote:». Two of the message's own lines show the page
// is one; then all of these go, the sender as the byline and the subject as the title.
internal sealed partial class EchomailMessage : ICleaningStep
{
    private const int MinLines = 2;

    public void Apply(CleaningContext context)
    {
        if (context.Lines.Count(l => l.Tweet is null && Control().IsMatch(l.Text)) < MinLines)
        {
            return;
        }
        context.RemoveWhere(l => Control().IsMatch(l.Text) || Tear().IsMatch(l.Text) ? "markup"
            : Header().Match(l.Text) is { Success: true } m ? m.Groups["name"].Value.ToLowerInvariant() switch
            {
                "from" => "byline",
                "subj" or "subject" => "headline",
                _ => "markup",
            }
            : Quoted().IsMatch(l.Text) || QuoteIntro().IsMatch(l.Text) ? "reply-to"
            : null);
    }

    // The message's own lines: its area, its number, control lines, the origin with its address.
    [GeneratedRegex(@"^\s*(?:AREA\s*:\s*[A-Z0-9._-]+\s*$|Area\s*:\s*[A-Z0-9._-]+\s*$|Msg\s*:\s*\d+\s+of\s+\d+|(?:\^A|\x01)[A-Z]{2,}:?\s|SEEN-BY:|PATH:|\*\s+Origin:.*\(\d+:\d+/\d+(?:\.\d+)?\)\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex Control();

    // «--- GoldED+/W32 1.1.5», «--- Squish v1.11»: the editor that wrote it, in Latin letters.
    [GeneratedRegex(@"^\s*---\s+[A-Za-z][\w+./ -]{1,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex Tear();

    [GeneratedRegex(@"^\s*(?<name>From|To|Subj|Subject|Date)\s*:\s*\S", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Header();

    // « KH> …», « م.ع> …»: a line of the message answered, behind its writer's initials.
    [GeneratedRegex(@"^\s?[\p{L}.]{1,4}>\s", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^\s*(?:In\s+a\s+message\s+of\s+.{4,40},\s*.{2,60}\s+(?:wrote|writes)|.{2,60}\s+(?:كتب|كتبت)\s+في\s+رسالة\s+.{0,40})\s*:\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex QuoteIntro();
}
