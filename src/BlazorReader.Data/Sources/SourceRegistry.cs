using BlazorReader.Data.Curation;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Sources;

// One row of the admin's list: a key articles carry or the registry holds (or both).
public sealed record SourceRow(string Key, int ArticleCount, NewsSource? Entry);

// The admin's side of the registry: every source seen, and the save of one entry with its
// audit line in the same transaction. Callers forget the held names after a save.
public sealed class SourceRegistry(IDbContextFactory<ReaderDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<SourceRow>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var counts = await db.Articles.Where(a => a.Source != null).GroupBy(a => a.Source!)
            .Select(g => new { Key = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, StringComparer.Ordinal, ct);
        var entries = await db.Sources.AsNoTracking().ToDictionaryAsync(s => s.Key, StringComparer.Ordinal, ct);
        return [.. counts.Keys.Union(entries.Keys)
            .Select(k => new SourceRow(k, counts.GetValueOrDefault(k), entries.GetValueOrDefault(k)))
            .OrderByDescending(r => r.ArticleCount).ThenBy(r => r.Key, StringComparer.Ordinal)];
    }

    // Empty when saved; otherwise the problems by field, and nothing was written.
    public async Task<IReadOnlyDictionary<string, string>> SaveAsync(SourceEdit edit, string? userName, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var problems = edit.Problems();
        if (string.IsNullOrWhiteSpace(edit.Key) || edit.Key.Length > 100)
        {
            throw new ArgumentException("A source key is 1 to 100 characters.", nameof(edit));
        }
        if (problems.Count > 0)
        {
            return problems;
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entry = await db.Sources.SingleOrDefaultAsync(s => s.Key == edit.Key, ct);
        if (entry is null)
        {
            entry = new NewsSource { Key = edit.Key };
            db.Sources.Add(entry);
        }
        entry.Name = edit.Name!.Trim();
        entry.ShortName = SourceEdit.Blank(edit.ShortName);
        entry.SiteUrl = SourceEdit.Blank(edit.SiteUrl);
        entry.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        AuditTrail.Add(db, clock, userName, AuditActions.SourceChanged,
            $"{entry.Key}: {entry.Name} | {entry.ShortName ?? "-"} | {entry.SiteUrl ?? "-"}");
        await db.SaveChangesAsync(ct);
        return problems;
    }
}
