using BlazorReader.Core.Articles;
using BlazorReader.Data.Curation;

namespace BlazorReader.Data.Tests.Curation;

// What a run says it changed, counted against what the older cleaner had stored.
public sealed class RecleanReportTests : IAsyncLifetime
{
    private RecleanStore s = default!;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => s = await RecleanStore.CreateAsync(Ct);

    public async ValueTask DisposeAsync() => await s.DisposeAsync();

    [Fact]
    public async Task Lines_in_the_body_before_that_are_removed_now_are_counted_by_reason()
    {
        // An older cleaner that removed nothing left the seed's five pasted teasers and its copyright in.
        await OlderCleaning.KeptEverythingAsync(s.Store, s.Seed);

        var report = await s.Run().RunAsync(dryRun: true, ct: Ct);

        Assert.Equal(5, report.NowRemoved["teaser"]);
        Assert.Equal(1, report.NowRemoved["copyright"]);
        Assert.Empty(report.BackInBody);
        Assert.Contains("teasers", report.FieldsChanged.Keys);
    }

    [Fact]
    public async Task A_paragraph_an_older_cleaner_took_for_a_teaser_is_counted_as_back_in_the_body()
    {
        await OlderCleaning.TookLastParagraphAsync(s.Store, s.Trimmed[2]);

        var report = await s.Run().RunAsync(dryRun: true, ct: Ct);

        Assert.Equal(1, report.BackInBody["teaser"]);
        Assert.Empty(report.NowRemoved);
        Assert.Equal((1, 1), (report.FieldsChanged["body"], report.FieldsChanged["removed"]));
    }

    [Fact]
    public async Task A_line_removed_before_and_now_but_cut_differently_is_counted_as_cut_differently()
    {
        await OlderCleaning.CutLongerAsync(s.Store, s.Seed, "copyright");

        var report = await s.Run().RunAsync(dryRun: true, ct: Ct);

        Assert.Equal(1, report.CutDifferently["copyright"]);
        Assert.Empty(report.NowRemoved);
        Assert.Empty(report.BackInBody);
    }

    [Fact]
    public async Task Blocks_are_counted_by_kind_before_and_after()
    {
        await OlderCleaning.KeptEverythingAsync(s.Store, s.Seed);

        var report = await s.Run().RunAsync(dryRun: true, ct: Ct);

        // The seed's flattened tweet was four raw lines kept as paragraphs; cleaned, it is one tweet.
        Assert.Equal((0, 1), report.Blocks[BlockKind.Tweet]);
        var (before, after) = report.Blocks[BlockKind.Paragraph];
        Assert.True(after < before, $"{after} paragraphs now, {before} before");
    }

    [Fact]
    public async Task Ten_sample_bodies_are_kept_from_across_the_whole_run()
    {
        foreach (var id in s.Trimmed)
        {
            await OlderCleaning.KeptEverythingAsync(s.Store, id);
        }

        var report = await s.Run(batchSize: 3).RunAsync(dryRun: true, ct: Ct);

        Assert.Equal(s.Trimmed.Count, report.FieldsChanged["body"]);
        Assert.True(s.Trimmed.Count > RecleanReport.SampleCount);
        Assert.Equal(RecleanReport.SampleCount, report.Samples.Select(x => x.Id).Distinct().Count());
        Assert.Contains(report.Samples, x => x.Id > s.Trimmed[RecleanReport.SampleCount - 1]);
        Assert.All(report.Samples, x => Assert.NotEqual(x.Before, x.After));
    }
}
