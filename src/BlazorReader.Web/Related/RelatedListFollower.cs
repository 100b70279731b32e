using System.Globalization;
using BlazorReader.Data;
using BlazorReader.Data.ChangeLog;
using BlazorReader.Data.Related;
using BlazorReader.Web.Changes;

namespace BlazorReader.Web.Related;

// Keeps stored related lists current: every import or edit in the change log recomputes the
// lists it touches. The last applied entry is remembered in the data folder.
public sealed class RelatedListFollower(RelatedStoryService related, StoreSettings settings) : IChangeConsumer
{
    public const string PositionFile = "related-applied-sequence.txt";

    private string Position => Path.Combine(settings.DataDirectory, PositionFile);

    public async Task<long> AppliedUpToAsync(CancellationToken ct)
    {
        await related.LoadAsync(ct);
        return File.Exists(Position) && long.TryParse(await File.ReadAllTextAsync(Position, ct), CultureInfo.InvariantCulture, out var n) ? n : 0;
    }

    public async Task ApplyAsync(IReadOnlyList<ChangeLogEntry> changes, CancellationToken ct)
    {
        await related.RecomputeAsync([.. changes.Select(c => c.ArticleId).Distinct()], ct);
        await File.WriteAllTextAsync(Position, changes[^1].Sequence.ToString(CultureInfo.InvariantCulture), ct);
    }
}
