namespace BlazorReader.Bench.Related;

public sealed record RelatedEvaluationReport(
    int Articles,
    int SameStoryPairs,
    int NonPairs,
    TwinRecall Recall,
    int ArticlesWithTwin,
    double SameStoryPrecision,
    double SameStoryPrecisionStrict,
    double SameStoryPrecisionStoryWording,
    int SameStoryLinks,
    int NonPairsLinkedAsSameStory,
    double EmptyListShare,
    int SelfLinks,
    int Repeats,
    TimeSpan ComputeTime)
{
    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine($"articles                 {Articles}");
        writer.WriteLine($"same-story pairs         {SameStoryPairs} (each asked both ways)");
        Recall.WriteTo(writer, $"{ArticlesWithTwin} articles");
        writer.WriteLine($"same-story precision     {SameStoryPrecision:F3} of {SameStoryLinks} links (≥ {RelatedEvaluation.VerifiedContainment:F2} exact containment)");
        writer.WriteLine($"  strict                 {SameStoryPrecisionStrict:F3} (≥ {RelatedEvaluation.StrictContainment:F2})");
        writer.WriteLine($"  story wording counted  {SameStoryPrecisionStoryWording:F3} (≥ {RelatedEvaluation.VerifiedContainment:F2}; shingles in up to {ContentOverlap.MaxArticlesPerStoryShingle} articles within {ContentOverlap.StoryDays.TotalDays:0} days count)");
        writer.WriteLine($"non-pairs as same story  {NonPairsLinkedAsSameStory} of {NonPairs}");
        writer.WriteLine($"empty lists              {EmptyListShare:P2}");
        writer.WriteLine($"self-links               {SelfLinks}");
        writer.WriteLine($"repeats                  {Repeats}");
        writer.WriteLine($"compute time             {ComputeTime.TotalSeconds:F1} s ({Environment.ProcessorCount} cores)");
    }
}
