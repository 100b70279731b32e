using BlazorReader.Core.Arabic;

namespace BlazorReader.Search.Querying;

// A reader's query after parsing: loose words, "quoted phrases" (each a run of analysed
// tokens with their positions) and -excluded words. Everything is already normalised.
internal sealed record UserQuery(
    IReadOnlyList<AnalyzedToken> Words,
    IReadOnlyList<IReadOnlyList<AnalyzedToken>> Phrases,
    IReadOnlyList<AnalyzedToken> Excluded,
    string? TitleKey,
    bool Truncated,
    bool HadText)
{
    public bool HasPositiveTerms => Words.Count > 0 || Phrases.Count > 0;
}
