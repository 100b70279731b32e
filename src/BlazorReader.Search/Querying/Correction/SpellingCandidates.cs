using BlazorReader.Core.Arabic;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace BlazorReader.Search.Querying.Correction;

// The indexed words a typed word may have meant: those one edit away (Lucene's Levenshtein
// automaton walks the term dictionary, so nothing is generated that the index lacks),
// ranked by how likely the slip is (ArabicSlipCost) with how common the word is as the
// prior: of two words one slip away, the one the articles use a thousand times is likelier
// meant than one used once.
internal static class SpellingCandidates
{
    public const int MinimumLength = 3;
    private const float PriorWeight = 0.2f;
    private const int MaxEdits = 1;

    public static IReadOnlyList<SpellingCandidate> For(IndexReader reader, string field, string word, int minimumDocFreq, int kept)
    {
        if (word.Length < MinimumLength || !word.All(char.IsLetter)) return [];
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null) return [];
        var found = new List<SpellingCandidate>();
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(field, word), MaxEdits, 0, true);
        while (fuzzy.MoveNext())
        {
            var docFreq = fuzzy.DocFreq;
            if (docFreq < minimumDocFreq) continue;
            var candidate = fuzzy.Term.Utf8ToString();
            if (candidate == word || candidate.Length < MinimumLength) continue;
            var cost = ArabicSlipCost.Between(word, candidate);
            found.Add(new SpellingCandidate(candidate, docFreq, cost - (PriorWeight * MathF.Log10(1 + docFreq))));
        }

        return [.. found.OrderBy(c => c.Rank).ThenBy(c => c.Word, StringComparer.Ordinal).Take(kept)];
    }
}

// Rank: the slip's cost less the frequency prior; lower is likelier.
internal sealed record SpellingCandidate(string Word, int DocFreq, float Rank);
