namespace BlazorReader.Core.Cleaning;

// Where the learned model may take lines: from the edges of what the rules kept, whole lists
// only, never everything. The cleaner and the model's training (which sets the threshold by
// what this lets through) both ask here.
public static class ChromeEdges
{
    // Of the lines the model is sure of (tweets given as null), those it may take.
    public static List<int> Chosen(IReadOnlyList<string?> lines, bool[] sure)
    {
        KeepWholeLists(lines, sure);
        // Chrome sits round the story, above it or below it: the model takes a run of lines from
        // either edge, never a line with the story's paragraphs on both sides (on the corpus as
        // it is, those were a story's own short lines: a list of films, a column's maxims).
        var top = 0;
        while (top < lines.Count && sure[top])
        {
            top++;
        }
        var bottom = lines.Count;
        while (bottom > top && sure[bottom - 1])
        {
            bottom--;
        }
        // Never the whole body: if the model would take every paragraph, it is wrong about the page.
        var paragraphLeft = false;
        for (var i = top; i < bottom && !paragraphLeft; i++)
        {
            paragraphLeft = lines[i] is not null;
        }
        return paragraphLeft ? [.. Enumerable.Range(0, top), .. Enumerable.Range(bottom, lines.Count - bottom)] : [];
    }

    // A list goes whole or stays whole: items that share a marker («1.», «-», «•») are one
    // thing, and when the model doubts one of them, the others are the story's too. A list
    // counted 1, 2, 3 is left to the rules: ranked runs of other stories have their own, and on
    // the corpus as it is such lists were a story's own (a critic's ten films of a year).
    private static void KeepWholeLists(IReadOnlyList<string?> lines, bool[] sure)
    {
        var start = 0;
        while (start < lines.Count)
        {
            var marker = MarkerOf(lines[start]);
            var end = start + 1;
            while (marker is not null && end < lines.Count && MarkerOf(lines[end]) == marker)
            {
                end++;
            }
            var run = sure.AsSpan(start, end - start);
            if (run.Length > 1 && (run.ContainsAnyExcept(true) || (marker == '#' && Counted(lines, start, end))))
            {
                run.Clear();
            }
            start = end;
        }
    }

    private static bool Counted(IReadOnlyList<string?> lines, int start, int end)
    {
        for (var i = start + 1; i < end; i++)
        {
            if (NumberOf(lines[i]) != NumberOf(lines[i - 1]) + 1)
            {
                return false;
            }
        }
        return true;
    }

    private static int NumberOf(string? line)
    {
        var t = line.AsSpan().TrimStart();
        var n = 0;
        for (var i = 0; i < t.Length && i < 4 && char.IsDigit(t[i]); i++)
        {
            n = (n * 10) + (int)char.GetNumericValue(t[i]);
        }
        return n;
    }

    private static readonly char[] Digits = [.. "0123456789٠١٢٣٤٥٦٧٨٩"];

    private static char? MarkerOf(string? line)
    {
        var t = line.AsSpan().TrimStart();
        if (t.IsEmpty)
        {
            return null;
        }
        if (t[0] is '-' or '–' or '—' or '•' or '*' or '·' or '▪' or '■' or '●' or '◄' or '►')
        {
            return t[0];
        }
        // «المباراة: …», «الدور: الأول»: rows of label and value are one box, a match's or a
        // restaurant's card the story prints, or a page's; as a list, whole or not at all.
        var colon = t.IndexOf(':');
        if (colon is > 1 and <= 24 && t[..colon].Count(' ') <= 2 && t[..colon].IndexOfAny(Digits) < 0 && !t[(colon + 1)..].IsWhiteSpace())
        {
            return ':';
        }
        var digits = 0;
        while (digits < t.Length && digits < 4 && char.IsDigit(t[digits]))
        {
            digits++;
        }
        var rest = t[digits..].TrimStart();
        return digits > 0 && !rest.IsEmpty && (rest[0] is '.' or ')' or '-' or '/' or '–' || rest.Length < t.Length - digits) ? '#' : null;
    }
}
