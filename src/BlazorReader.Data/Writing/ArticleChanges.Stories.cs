using BlazorReader.Data.ChangeLog;
using BlazorReader.Data.Curation;
using BlazorReader.Data.Stories;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Writing;

// What an editor's story change did, in words the editor reads; Done false changed nothing.
public sealed record StoryEditOutcome(bool Done, string Message);

// Editors' decisions about stories: split an article out, merge two stories, retitle one.
// Split and merge are StoryRules the computed grouping obeys at every recomputation and
// rebuild; each change is audited, and change-log entries for every article it touches make
// stories, related lists and cached pages follow, as any other change does.
public sealed partial class ArticleChanges
{
    public const int MaxStoryTitleLength = 400;

    public async Task<StoryEditOutcome> SplitFromStoryAsync(int articleId, string? userName, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await db.Articles.Where(a => a.Id == articleId).Select(a => new { a.StoryId }).FirstOrDefaultAsync(ct) is not { } article)
        {
            return Refused($"لا مقال بالرقم {articleId}.");
        }
        var rules = await db.StoryRules.Where(r => r.ArticleId == articleId || r.OtherArticleId == articleId).ToListAsync(ct);
        if (article.StoryId is null && !rules.Any(r => r.Kind == StoryRuleKind.Together))
        {
            return Refused($"المقال {articleId} ليس في قصة.");
        }
        db.StoryRules.RemoveRange(rules.Where(r => r.Kind == StoryRuleKind.Together));
        if (!rules.Any(r => r.Kind == StoryRuleKind.Apart && r.ArticleId == articleId))
        {
            db.StoryRules.Add(NewRule(StoryRuleKind.Apart, articleId, null, userName));
        }
        var touched = await MembersOfAsync(db, [articleId], [article.StoryId], ct);
        var detail = $"#{articleId}: split out of story #{article.StoryId}";
        return await RecordAsync(db, tx, touched, articleId, userName, detail, "فُصل المقال عن قصته. تتبعه الصفحات العامة خلال ثوانٍ.", ct);
    }

    public async Task<StoryEditOutcome> MergeStoriesAsync(int articleId, int otherArticleId, string? userName, CancellationToken ct = default)
    {
        if (articleId == otherArticleId)
        {
            return Refused("لا يُدمج المقال مع نفسه.");
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var both = await db.Articles.Where(a => a.Id == articleId || a.Id == otherArticleId).Select(a => new { a.Id, a.StoryId }).ToListAsync(ct);
        if (both.Count != 2)
        {
            return Refused($"لا مقال بالرقم {(both.Any(a => a.Id == articleId) ? otherArticleId : articleId)}.");
        }
        if (both[0].StoryId is { } shared && both[1].StoryId == shared)
        {
            return Refused($"المقالان في القصة نفسها (#{shared}).");
        }
        var ids = new[] { articleId, otherArticleId };
        db.StoryRules.RemoveRange(await db.StoryRules.Where(r => r.Kind == StoryRuleKind.Apart && ids.Contains(r.ArticleId)).ToListAsync(ct));
        db.StoryRules.Add(NewRule(StoryRuleKind.Together, articleId, otherArticleId, userName));
        var touched = await MembersOfAsync(db, ids, [.. both.Select(a => a.StoryId)], ct);
        var detail = $"#{articleId}: merged with #{otherArticleId} (stories {string.Join(", ", both.Select(a => a.StoryId is { } s ? $"#{s}" : "none"))})";
        return await RecordAsync(db, tx, touched, articleId, userName, detail, "دُمجت القصتان. تتبعه الصفحات العامة خلال ثوانٍ.", ct);
    }

    // An empty title gives the story back its computed headline.
    public async Task<StoryEditOutcome> RetitleStoryAsync(int storyId, string? title, string? userName, CancellationToken ct = default)
    {
        var trimmed = title?.Trim() is { Length: > 0 } t ? t : null;
        if (trimmed?.Length > MaxStoryTitleLength)
        {
            return Refused($"العنوان أطول من {MaxStoryTitleLength} حرفًا.");
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await db.Stories.FirstOrDefaultAsync(s => s.Id == storyId, ct) is not { } story)
        {
            return Refused($"لا قصة بالرقم {storyId}.");
        }
        var before = story.DisplayTitle;
        story.EditorTitle = trimmed;
        story.Slug = Core.Articles.Slug.From(story.DisplayTitle);
        story.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        var touched = await MembersOfAsync(db, [], [storyId], ct);
        var detail = $"story #{storyId}: «{before}» → «{story.DisplayTitle}»";
        return await RecordAsync(db, tx, touched, touched.Count > 0 ? touched[0] : null, userName, detail, "حُفظ عنوان القصة.", ct);
    }

    private static StoryEditOutcome Refused(string message) => new(false, message);

    private StoryRule NewRule(StoryRuleKind kind, int articleId, int? otherId, string? userName) =>
        new() { Kind = kind, ArticleId = articleId, OtherArticleId = otherId, CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = userName };

    // The articles whose story (and so whose page) the change may alter.
    private static async Task<List<int>> MembersOfAsync(ReaderDbContext db, int[] articles, int?[] stories, CancellationToken ct)
    {
        var storyIds = stories.Where(s => s is not null).Select(s => s!.Value).ToList();
        var members = await db.Articles.Where(a => a.StoryId != null && storyIds.Contains(a.StoryId.Value)).Select(a => a.Id).ToListAsync(ct);
        return [.. articles.Concat(members).Distinct().Order()];
    }

    private async Task<StoryEditOutcome> RecordAsync(ReaderDbContext db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction tx,
        IReadOnlyList<int> touched, int? articleId, string? userName, string detail, string message, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var id in touched)
        {
            Append(db, id, ChangeKind.Updated, now);
        }
        AuditTrail.Add(db, clock, userName, AuditActions.StoryChanged, detail, articleId);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new StoryEditOutcome(true, message);
    }
}
