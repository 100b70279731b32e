namespace BlazorReader.Bench.Cleaning;

// The kinds of noise a dressing adds, named as a reader would name them.
public enum NoiseKind
{
    Headline,
    Byline,
    Dateline,
    Caption,
    Share,
    ReadAlso,
    Teaser,
    Credit,
    MoreLink,
    Footer,
    Counter,
    Repeat,
    Signature,
    Tags,
}
