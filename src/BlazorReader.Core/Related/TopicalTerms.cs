using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Related;

// An article reduced to weighted stem counts: the pure, parallelisable half of Add.
public sealed record TopicalTerms(int Id, string Source, DateTime PublishedAt, IReadOnlyDictionary<string, double> Weights, double Length)
{
    public static TopicalTerms From(RelatedDocument document, double titleWeight)
    {
        ArgumentNullException.ThrowIfNull(document);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        Count(document.Title, titleWeight, weights);
        Count(document.Body, 1.0, weights);
        return new TopicalTerms(document.Id, document.Source, document.PublishedAt, weights, weights.Values.Sum());
    }

    private static void Count(string text, double weight, Dictionary<string, double> weights)
    {
        foreach (var token in ArabicTextAnalyzer.Analyze(text ?? ""))
        {
            // One-letter stems are clitic debris, not topics.
            if (token.Stem.Length < 2)
            {
                continue;
            }

            weights[token.Stem] = weights.GetValueOrDefault(token.Stem) + weight;
        }
    }
}
