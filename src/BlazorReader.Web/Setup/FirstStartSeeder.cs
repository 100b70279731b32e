using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Curation;
using BlazorReader.Data.Importing;
using BlazorReader.Data.Queries;
using Microsoft.Extensions.Options;

namespace BlazorReader.Web.Setup;

// A new user's first start shows the customer's example articles. Only a store never written
// is seeded, and the importer is idempotent, so restarts never duplicate anything.
public sealed partial class FirstStartSeeder(
    StoreContentsQuery store,
    ArticleImporter importer,
    ImportRunLog runs,
    IOptions<SeedOptions> options,
    ILogger<FirstStartSeeder> log)
{
    public string SeedDirectory => options.Value.Directory is { Length: > 0 } d
        ? Path.GetFullPath(d)
        : Path.Combine(AppContext.BaseDirectory, "seeds");

    public async Task<ImportSummary?> SeedIfEmptyAsync(CancellationToken ct)
    {
        if (await store.WasEverWrittenAsync(ct))
        {
            return null;
        }
        var folder = SeedDirectory;
        if (!Directory.Exists(folder))
        {
            LogNoSeeds(log, folder);
            return null;
        }
        var (_, summary) = await runs.RecordAsync("seeds (first start)", null,
            progress => importer.ImportAsync(ArticleSourceReader.Read(folder), ArticleStatus.Published, progress, ct), ct);
        LogSeeded(log, summary.Imported, folder, summary.Failed);
        foreach (var error in summary.Errors)
        {
            LogSeedFailed(log, error.Origin, error.Message);
        }
        return summary;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No seeds folder at {Folder}; the store starts empty.")]
    private static partial void LogNoSeeds(ILogger log, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Imported} article(s) from {Folder}; {Failed} failed.")]
    private static partial void LogSeeded(ILogger log, int imported, string folder, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed {Origin}: {Message}")]
    private static partial void LogSeedFailed(ILogger log, string origin, string message);
}
