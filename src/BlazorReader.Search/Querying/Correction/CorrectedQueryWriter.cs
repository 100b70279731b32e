using BlazorReader.Core.Arabic;

namespace BlazorReader.Search.Querying.Correction;

// Writes the reader's query back with mistyped words replaced, leaving the rest as typed.
// A correction is a normalised word («مدرسه»); where it agrees with what was typed, the
// typed letters are kept, so «المدرسة» keeps its taa marbuta and «أمير» its hamza.
internal static class CorrectedQueryWriter
{
    public static string? Write(string raw, IReadOnlyList<(AnalyzedToken Word, string Correction)> replaced)
    {
        var chunks = raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var changed = false;
        for (var i = 0; i < chunks.Length; i++)
        {
            foreach (var token in ArabicTextAnalyzer.Analyze(chunks[i]))
            {
                var match = replaced.FirstOrDefault(r => r.Word.Surface == token.Surface);
                if (match.Correction is null) continue;
                var typed = chunks[i][token.Start..token.End];
                chunks[i] = string.Concat(chunks[i].AsSpan(0, token.Start), AsTyped(typed, match.Correction), chunks[i].AsSpan(token.End));
                changed = true;
                break;
            }
        }

        var text = string.Join(' ', chunks);
        return changed && text.Length <= UserQueryParser.MaxLength ? text : null;
    }

    // The typed word's own letters where they fold to the correction's, from either end.
    private static string AsTyped(string typed, string correction)
    {
        var letters = new string([.. typed.Where(c => ArabicNormalizer.Fold(c) != '\0')]);
        if (letters.Length == 0) return correction;
        var head = 0;
        while (head < letters.Length && head < correction.Length && ArabicNormalizer.Fold(letters[head]) == correction[head]) head++;
        var tail = 0;
        while (tail < letters.Length - head && tail < correction.Length - head
            && ArabicNormalizer.Fold(letters[^(tail + 1)]) == correction[^(tail + 1)]) tail++;
        return string.Concat(letters.AsSpan(0, head), correction.AsSpan(head, correction.Length - head - tail), letters.AsSpan(letters.Length - tail));
    }
}
