using System.Net;
using System.Text;
using BlazorReader.Core.Arabic;

namespace BlazorReader.Search.Snippets;

// Cuts the passage of a text that best shows why it matched and marks the matched words.
// Lucene's highlighter package is not served here; this one works on the Core analyzer's
// offsets, so a word is marked whole as printed («وبالمدارسِ», clitics and marks included)
// and the text between marks is HTML-escaped.
internal static class SnippetHighlighter
{
    private const int Window = 200;

    public static string Highlight(string text, QueryTerms terms)
    {
        var matches = Matches(text, terms);
        var (start, end) = matches.Count == 0 ? (0, Math.Min(text.Length, Window)) : BestWindow(text, matches);
        start = WordStart(text, start);
        end = WordEnd(text, end);

        var html = new StringBuilder(end - start + 64);
        if (start > 0) html.Append("… ");
        var cursor = start;
        foreach (var match in matches.Where(m => m.Start >= start && m.End <= end))
        {
            html.Append(WebUtility.HtmlEncode(text[cursor..match.Start]));
            html.Append("<mark>").Append(WebUtility.HtmlEncode(text[match.Start..match.End])).Append("</mark>");
            cursor = match.End;
        }

        html.Append(WebUtility.HtmlEncode(text[cursor..end]));
        if (end < text.Length) html.Append(" …");
        return html.ToString();
    }

    // Analysing a whole long body was most of a search's time. Once some window holds every
    // query word no later window can win (the first best one does), so the text is read only
    // until a window's length past the start of that window: every match an earlier window,
    // or the chosen passage, can contain is then known.
    private static List<AnalyzedToken> Matches(string text, QueryTerms terms)
    {
        var matches = new List<AnalyzedToken>();
        var stopAfter = int.MaxValue;
        foreach (var token in ArabicTextAnalyzer.Candidates(text, terms.MayMatch, terms.PrintedLetters))
        {
            if (token.Start > stopAfter) break;
            if (!terms.Matches(token)) continue;
            matches.Add(token);
            if (stopAfter == int.MaxValue && CompleteWindowStart(matches, terms.StemCount) is { } start)
            {
                stopAfter = start + Window;
            }
        }

        return matches;
    }

    // Where the earliest window reaching the newest match starts, if it holds every query word.
    private static int? CompleteWindowStart(List<AnalyzedToken> matches, int wanted)
    {
        var last = matches[^1];
        var first = matches.Count - 1;
        while (first > 0 && last.End - matches[first - 1].Start <= Window) first--;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (var i = first; i < matches.Count; i++) distinct.Add(matches[i].Stem);
        return distinct.Count >= wanted ? matches[first].Start : null;
    }

    // The window holding the most distinct matched words; the first such window wins.
    private static (int Start, int End) BestWindow(string text, List<AnalyzedToken> matches)
    {
        var best = (Start: matches[0].Start, Score: -1);
        for (var i = 0; i < matches.Count; i++)
        {
            var distinct = new HashSet<string>(StringComparer.Ordinal);
            for (var j = i; j < matches.Count && matches[j].End - matches[i].Start <= Window; j++)
            {
                distinct.Add(matches[j].Stem);
            }

            if (distinct.Count > best.Score) best = (matches[i].Start, distinct.Count);
        }

        // Lead in with a little context before the first match; near the end of the text,
        // slide back so the snippet is still a full window.
        var start = Math.Max(0, Math.Min(best.Start - 40, text.Length - Window));
        return (start, Math.Min(text.Length, start + Window));
    }

    private static int WordStart(string text, int index)
    {
        while (index > 0 && !char.IsWhiteSpace(text[index - 1])) index--;
        return index;
    }

    private static int WordEnd(string text, int index)
    {
        while (index < text.Length && !char.IsWhiteSpace(text[index])) index++;
        return index;
    }
}
