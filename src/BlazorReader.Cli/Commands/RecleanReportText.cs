using System.Globalization;
using BlazorReader.Core.Cleaning;
using BlazorReader.Data.Curation;
using BlazorReader.Data.Writing;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace BlazorReader.Cli.Commands;

// A reclean report as an operator reads it: what happened to how many articles, what the new
// cleaner changed per reason, then a few bodies, old lines (-) against new (+).
public static class RecleanReportText
{
    private const int LinesPerSample = 6;
    private const int HeldListed = 20;
    private const int LineWidth = 160;

    private static readonly (RecleanOutcome Outcome, string Name)[] OutcomeNames =
    [
        (RecleanOutcome.Recleaned, "cleaned again"),
        (RecleanOutcome.Unchanged, "came out the same"),
        (RecleanOutcome.Held, "skipped, left for an editor"),
        (RecleanOutcome.Failed, "failed"),
        (RecleanOutcome.ChangedMeanwhile, "saved by someone meanwhile"),
    ];

    public static string Progress(RecleanReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return $"progress: {report.Seen} of {report.Waiting} articles ({Outcomes(report)})";
    }

    public static string Outcomes(RecleanReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return string.Join(", ", OutcomeNames.Where(o => report.Outcomes.ContainsKey(o.Outcome))
            .Select(o => $"{o.Name} {report.Outcomes[o.Outcome]}"));
    }

    public static void Write(TextWriter output, RecleanReport report, bool dryRun, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        var waitingForEditors = report.HeldBefore == 0 ? "" :
            $"; {report.HeldBefore} skipped by an earlier run wait for an editor (listed on the admin dashboard)";
        if (report.Waiting == 0)
        {
            output.WriteLine($"nothing to do: no article waits for this cleaner (version {ArticleCleaner.Version}){waitingForEditors}.");
            return;
        }
        if (dryRun)
        {
            output.WriteLine("dry run: nothing was written; a run would do this.");
        }
        output.WriteLine($"{report.Waiting} articles were cleaned by an older cleaner (this one is version {ArticleCleaner.Version}); " +
            $"{report.Seen} looked at in {elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s{waitingForEditors}.");
        foreach (var (outcome, name) in OutcomeNames)
        {
            output.WriteLine($"  {name,-28}{report.Outcomes.GetValueOrDefault(outcome),8}{Note(outcome, report)}");
        }
        HeldList(output, report);
        var recleaned = report.Outcomes.GetValueOrDefault(RecleanOutcome.Recleaned);
        if (recleaned == 0)
        {
            return;
        }
        output.WriteLine();
        output.WriteLine($"what {(dryRun ? "would change" : "changed")} in the {recleaned} articles cleaned again:");
        output.WriteLine($"  articles whose body changes: {report.FieldsChanged.GetValueOrDefault("body")}");
        output.WriteLine("  fields (articles): " + Join(report.FieldsChanged.Select(f => $"{f.Key} {f.Value}")));
        Counts(output, "lines in the body before, removed now, by reason:", report.NowRemoved);
        Counts(output, "lines removed before, back in the body now, by the reason then:", report.BackInBody);
        Counts(output, "lines removed before and now, cut differently, by reason:", report.CutDifferently);
        Counts(output, "lines removed before and now, for another reason:", report.ReasonChanged);
        output.WriteLine("  blocks: " + Join(report.Blocks.Select(b => $"{b.Key.ToString().ToLowerInvariant()} {b.Value.Before} → {b.Value.After}")));
        output.WriteLine($"  doubts: {report.ArticlesWithDoubts} articles keep {report.DoubtedLines} lines in the body without being sure (listed on the admin dashboard)");
        output.WriteLine();
        output.WriteLine($"{report.Samples.Count} sample diffs (old body -, new body +):");
        foreach (var sample in report.Samples)
        {
            Sample(output, sample);
        }
    }

    private static string Note(RecleanOutcome outcome, RecleanReport report) =>
        report.Outcomes.GetValueOrDefault(outcome) == 0 ? "" : outcome switch
        {
            RecleanOutcome.Held or RecleanOutcome.Failed => "  (kept as they were, listed on the admin dashboard)",
            RecleanOutcome.ChangedMeanwhile => "  (run reclean again for them)",
            _ => "",
        };

    private static void HeldList(TextWriter output, RecleanReport report)
    {
        if (report.Held.Count == 0)
        {
            return;
        }
        output.WriteLine();
        output.WriteLine($"skipped, left for an editor ({report.Held.Count}):");
        foreach (var held in report.Held.Take(HeldListed))
        {
            output.WriteLine($"  #{held.Id} {held.Title}: {held.Reason}");
        }
        if (report.Held.Count > HeldListed)
        {
            output.WriteLine($"  … {report.Held.Count - HeldListed} more");
        }
    }

    private static void Counts(TextWriter output, string heading, SortedDictionary<string, int> counts)
    {
        output.WriteLine("  " + heading + (counts.Count == 0 ? " none" : ""));
        foreach (var (key, count) in counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"    {key,-40}{count,8}");
        }
    }

    private static void Sample(TextWriter output, RecleanSample sample)
    {
        output.WriteLine();
        output.WriteLine($"#{sample.Id} {sample.Title}");
        var changed = InlineDiffBuilder.Diff(sample.Before, sample.After, ignoreWhiteSpace: false).Lines
            .Where(l => l.Type is ChangeType.Deleted or ChangeType.Inserted && l.Text.Trim().Length > 0).ToList();
        foreach (var line in changed.Take(LinesPerSample))
        {
            var text = line.Text.Length > LineWidth ? line.Text[..LineWidth] + "…" : line.Text;
            output.WriteLine($"  {(line.Type == ChangeType.Deleted ? '-' : '+')} {text}");
        }
        if (changed.Count > LinesPerSample)
        {
            output.WriteLine($"  … {changed.Count - LinesPerSample} more changed lines");
        }
    }

    private static string Join(IEnumerable<string> parts) => parts.Any() ? string.Join(", ", parts) : "none";
}
