using BlazorReader.Data.Curation;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Queries;

public sealed record AuditFilter(string? Action = null, string? UserName = null, int? ArticleId = null, DateTime? From = null, DateTime? To = null);

// The audit log, newest first, filtered as the audit page asks.
public sealed class AuditLogQuery(IDbContextFactory<ReaderDbContext> contexts)
{
    // page counts from 0.
    public async Task<(int Total, IReadOnlyList<AuditEntry> Entries)> PageAsync(AuditFilter filter, int page, int size, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Audit.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(e => e.Action == filter.Action);
        }
        if (!string.IsNullOrWhiteSpace(filter.UserName))
        {
            query = query.Where(e => e.UserName != null && e.UserName.Contains(filter.UserName.Trim()));
        }
        if (filter.ArticleId is { } id)
        {
            query = query.Where(e => e.ArticleId == id);
        }
        if (filter.From is { } from)
        {
            query = query.Where(e => e.At >= from);
        }
        if (filter.To is { } to)
        {
            query = query.Where(e => e.At < to.Date.AddDays(1));
        }
        var total = await query.CountAsync(ct);
        var entries = await query.OrderByDescending(e => e.Id).Skip(Math.Max(0, page) * size).Take(size).ToListAsync(ct);
        return (total, entries);
    }
}
