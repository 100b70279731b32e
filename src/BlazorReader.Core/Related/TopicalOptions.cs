namespace BlazorReader.Core.Related;

// MoreLikeThis-style knobs. Title words count triple: a headline names the topic, the
// body also quotes, recaps and digresses. BM25's k1 and b are the usual Lucene values.
public sealed record TopicalOptions
{
    public int MaxQueryTerms { get; init; } = 25;

    public double TitleWeight { get; init; } = 3.0;

    // A term in more than this share of the corpus (and more than 50 articles) says little
    // about the topic, and its long posting list is what makes a query slow: on the
    // SaudiNewsNet corpus 0.2 took 47 s for every list, 0.02 takes 7 s, with the same recall.
    public double MaxDocumentShare { get; init; } = 0.02;

    public double K1 { get; init; } = 1.2;

    public double B { get; init; } = 0.75;

    // A neighbour this many days away counts half; ±30 days is what a reader wants next.
    public double RecencyHalfLifeDays { get; init; } = 30;

    // Articles further apart than this are never neighbours: a year away weighs 2^-12, and
    // over four yearly copies of the corpus no neighbour found was more than 180 days away.
    // It bounds a query's walk to two years of news, however deep the archive.
    public double HorizonDays { get; init; } = 365;

    public static TopicalOptions Default { get; } = new();
}
