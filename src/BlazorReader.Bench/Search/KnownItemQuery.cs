namespace BlazorReader.Bench.Search;

// A query with the articles that count as the right answer: usually one, but every article
// with the same headline (agency copy repeats; titles that differ only in punctuation,
// quotes, hamza or diacritics count as the same) or, for body phrases, holding the phrase.
public sealed record KnownItemQuery(QueryFamily Family, string Text, IReadOnlySet<int> RightIds);

public enum QueryFamily
{
    Exact,
    Orthography,
    Diacritics,
    Clitics,
    Keywords,
    BodyPhrase,
    Typos,
    CliticsBothWays,
}
