namespace BlazorReader.Search.Querying;

// Boosts for each way a query can match. Surface beats stem, title beats body, and words
// that stay together (a phrase, or close) beat the same words scattered: the evaluation
// harness (BlazorReader.Bench/Search/SearchEvaluation) is where these numbers were tuned.
// The title proximity slop is wide on purpose: in a short headline it means "all these
// words, in any order", which is what a reader's keyword query asks for.
internal static class RelevanceWeights
{
    public const float TitleSurface = 4f;
    public const float TitleStem = 2f;
    public const float BodySurface = 0.6f;
    public const float BodyStem = 0.3f;

    // A query that is a whole headline names its article: this must outweigh a longer
    // headline that contains it plus a body that repeats it as a phrase.
    public const float WholeTitle = 100f;
    public const float TitlePhrase = 4f;
    public const float TitleProximity = 2f;
    public const float BodyPhrase = 8f;
    public const float BodyProximity = 1.5f;

    // A correction of a mistyped word counts for less than a word as typed would, and the
    // likeliest one for more than the others.
    public const float LikeliestCorrection = 0.8f;
    public const float OtherCorrection = 0.6f;

    public const int TitleProximitySlop = 12;
    public const int BodyPhraseSlop = 1;
    public const int BodyProximitySlop = 6;
}
