using System.Diagnostics.Metrics;

namespace BlazorReader.Search.Querying;

// How often a search runs more than its first pass, and why: weighing rare words' look-alikes,
// weighing look-alikes in context and relaxing are what make a query cost more than one
// Lucene search, so operators (and the search benchmark) see how many queries pay for them
// without timing anything.
internal static class SearchPasses
{
    public const string MeterName = "BlazorReader.Search";
    public const string InstrumentName = "blazorreader.search.extra_passes";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Extra = Meter.CreateCounter<long>(InstrumentName, "{pass}",
        "Searches run again after the first pass: reason rare_words (look-alikes of rare words, when no article held the words as typed), in_context (look-alikes weighed with the other words) or relaxed (one word fewer required).");

    public static void RareWords() => Extra.Add(1, new KeyValuePair<string, object?>("reason", "rare_words"));

    public static void InContext() => Extra.Add(1, new KeyValuePair<string, object?>("reason", "in_context"));

    public static void Relaxed() => Extra.Add(1, new KeyValuePair<string, object?>("reason", "relaxed"));
}
