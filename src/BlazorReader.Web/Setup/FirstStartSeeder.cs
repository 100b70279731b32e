using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Curation;
using BlazorReader.Data.Importing;
using BlazorReader.Data.Queries;
using Microsoft.Extensions.Options;

namespace BlazorReader.Web.Setup;

// A new user's first start shows the customer's example articles. Only an empty store is
// seeded, and the importer is idempotent, so restarts never duplicate anything.
public sealed class FirstStartSeeder(
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
        if (await store.HasArticlesAsync(ct))
        {
            return null;
        }
        if (!Directory.Exists(SeedDirectory))
        {
            log.LogWarning("No seeds folder at {Folder}; the store starts empty.", SeedDirectory);
            return null;
        }
        var (_, summary) = await runs.RecordAsync("seeds (first start)", null,
            progress => importer.ImportAsync(ArticleSourceReader.Read(SeedDirectory), ArticleStatus.Published, progress, ct), ct);
        log.LogInformation("Seeded {Imported} article(s) from {Folder}; {Failed} failed.",
            summary.Imported, SeedDirectory, summary.Failed);
        foreach (var error in summary.Errors)
        {
            log.LogWarning("Seed {Origin}: {Message}", error.Origin, error.Message);
        }
        return summary;
    }
}
