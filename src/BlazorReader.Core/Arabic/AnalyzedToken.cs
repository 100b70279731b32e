namespace BlazorReader.Core.Arabic;

// One searchable word: Surface is the normalised word as written (clitics kept), Stem the
// light stem. Position counts every word of the text, stopwords included, so phrase
// queries built from it keep the gaps stopwords leave. [Start, End) point into the original.
public sealed record AnalyzedToken(string Surface, string Stem, int Start, int End, int Position);
