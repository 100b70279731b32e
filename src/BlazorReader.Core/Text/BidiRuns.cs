using System.Text.RegularExpressions;
using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Text;

public sealed record BidiRun(string Text, bool Isolated);

// Splits a block into runs so that names, handles and URLs written in the other script
// can be isolated (<bdi>); without isolation, neutral punctuation next to them jumps sides.
public static partial class BidiRuns
{
    public static IReadOnlyList<BidiRun> Split(string text, TextDirection blockDirection)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pattern = blockDirection == TextDirection.Rtl ? LatinRun() : ArabicRun();
        var runs = new List<BidiRun>();
        var at = 0;
        foreach (Match m in pattern.Matches(text))
        {
            var value = m.Value.TrimEnd(TrailingNeutrals);
            if (value.Length == 0)
            {
                continue;
            }
            if (m.Index > at)
            {
                runs.Add(new BidiRun(text[at..m.Index], false));
            }
            runs.Add(new BidiRun(value, true));
            at = m.Index + value.Length;
        }
        if (at < text.Length)
        {
            runs.Add(new BidiRun(text[at..], false));
        }
        return runs;
    }

    private static readonly char[] TrailingNeutrals = [' ', '.', ',', ':', ';', '-', '/', '\'', '"', '“', '”', '(', ')'];

    // A Latin word (or handle, hashtag, URL) and the Latin words that follow it on the same run.
    [GeneratedRegex(@"[A-Za-z\u00C0-\u024F@#][A-Za-z0-9_\u00C0-\u024F@#.'’&/:?=%+\-]*(?:[ ,;:""“”()\-]+[A-Za-z0-9\u00C0-\u024F@#][A-Za-z0-9_\u00C0-\u024F@#.'’&/:?=%+\-]*)*", RegexOptions.CultureInvariant)]
    private static partial Regex LatinRun();

    [GeneratedRegex(@"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]+(?:[ ]+[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex ArabicRun();
}
