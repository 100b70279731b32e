using System.Diagnostics.Metrics;

namespace BlazorReader.Data.Importing;

// The import rate by outcome, counted as each batch commits: the CLI, first-start seeds and
// admin uploads alike.
internal static class ImportCounts
{
    public const string MeterName = "BlazorReader.Import";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Articles = Meter.CreateCounter<long>("blazorreader.import.articles", "{article}",
        "Articles an import has processed: outcome imported, updated, skipped (already stored, or no body) or failed.");

    public readonly record struct Tally(int Imported, int Updated, int Skipped, int Failed)
    {
        public static Tally Of(ImportSummary summary) => new(summary.Imported, summary.Updated, summary.Skipped, summary.Failed);
    }

    public static void AddSince(Tally before, ImportSummary summary)
    {
        var now = Tally.Of(summary);
        Add("imported", now.Imported - before.Imported);
        Add("updated", now.Updated - before.Updated);
        Add("skipped", now.Skipped - before.Skipped);
        Add("failed", now.Failed - before.Failed);
    }

    private static void Add(string outcome, int count)
    {
        if (count > 0)
        {
            Articles.Add(count, new KeyValuePair<string, object?>("outcome", outcome));
        }
    }
}
