using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data;
using BlazorReader.Data.Importing;
using BlazorReader.Data.Queries;
using BlazorReader.Data.Sources;
using BlazorReader.Data.Stories;
using BlazorReader.Web.Changes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.EndToEnd;

// Two stories told by several papers, written into the browser tests' store as the write-time
// grouping would leave them (a Story row and its members' StoryId), so the front page has top
// stories and a story page has a timeline. Dated from tomorrow: articles other tests import
// are stamped with the clock, and the front page's window ends at the store's newest article.
// The running app's follower groups the imported articles itself: the seeding waits until it
// has, then writes the story over what it made (and drops the stories that leaves empty, as
// its own sweep would), so a busy machine's timing cannot leave a half-grouped front page.
// The members are also joined by editors' rules and the title is an editor's, so whatever the
// follower computes later leaves the story as seeded.
public static class StoryStore
{
    public static async Task<string> SeedAsync(IServiceProvider services)
    {
        var day = DateTime.UtcNow.Date.AddDays(1);
        var rain = await StoryAsync(services, "أمطار غزيرة على جدة",
        [
            ("أمطار غزيرة على جدة وتعليق الدراسة", "okaz", day.AddHours(6)),
            ("أمطار غزيرة على جدة وتعليق الدراسة", "sabq", day.AddHours(7)),
            ("أمطار غزيرة على جدة وتعليق الدراسة", "sabq", day.AddHours(8)),
            ("الدفاع المدني يحذر من السيول في جدة", "alriyadh", day.AddHours(12)),
            ("عودة الدراسة في جدة بعد انحسار الأمطار، وتقرير من WMO", "okaz", day.AddDays(1).AddHours(9)),
            ("عودة الدراسة في جدة بعد انحسار الأمطار، وتقرير من WMO", "alriyadh", day.AddDays(1).AddHours(10)),
        ]);
        await StoryAsync(services, "افتتاح معرض الرياض الدولي للكتاب",
        [
            ("افتتاح معرض الرياض الدولي للكتاب بمشاركة واسعة", "sabq", day.AddHours(9)),
            ("افتتاح معرض الرياض الدولي للكتاب بمشاركة واسعة", "alriyadh", day.AddHours(11)),
        ]);
        await NameAsync(services, ("okaz", "عكاظ"), ("sabq", "سبق"), ("alriyadh", "الرياض"));
        return rain.Path;
    }

    private static async Task<Story> StoryAsync(IServiceProvider services, string title, (string Title, string Source, DateTime At)[] members)
    {
        var urls = members.Select(_ => "https://example.org/stories/" + Guid.NewGuid().ToString("N")).ToList();
        // Each body differs, so no article is taken for a copy of another by its content.
        var items = members.Select((m, i) => ImportItem.Ok("story-test", new RawArticle(
            $"{m.Title}. نقلت الصحيفة تفاصيل الخبر في تقريرها رقم {i} عن {title}، مع شهادات من الميدان.",
            Title: m.Title, Source: m.Source, SourceUrl: urls[i], PublishedAt: DateTime.SpecifyKind(m.At, DateTimeKind.Utc))));
        await services.GetRequiredService<ArticleImporter>().ImportAsync(items, ArticleStatus.Published);
        var contexts = services.GetRequiredService<IDbContextFactory<ReaderDbContext>>();
        await WaitForFollowersAsync(services);
        await using var db = await contexts.CreateDbContextAsync();
        var articles = await db.Articles.Where(a => a.SourceUrl != null && urls.Contains(a.SourceUrl)).ToListAsync();
        var story = new Story
        {
            Title = title,
            EditorTitle = title,
            Slug = title.Replace(' ', '-'),
            FirstPublishedAt = articles.Min(a => a.SortDate),
            LastPublishedAt = articles.Max(a => a.SortDate),
            ArticleCount = articles.Count,
            SourceCount = articles.Select(a => a.Source).Distinct().Count(),
            UpdatedAt = DateTime.UtcNow,
        };
        db.Stories.Add(story);
        await db.SaveChangesAsync();
        var ids = articles.Select(a => a.Id).ToList();
        await db.Articles.Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.StoryId, story.Id));
        db.StoryRules.AddRange(ids.Skip(1).Select(id => new StoryRule
        {
            Kind = StoryRuleKind.Together, ArticleId = ids[0], OtherArticleId = id, CreatedAt = DateTime.UtcNow, CreatedBy = "story-test",
        }));
        await db.SaveChangesAsync();
        await db.Stories.Where(s => !db.Articles.Any(a => a.StoryId == s.Id)).ExecuteDeleteAsync();
        return story;
    }

    // Until every follower of the change log has applied the log's end (the related lists'
    // follower is the one that groups stories).
    private static async Task WaitForFollowersAsync(IServiceProvider services)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<ReaderDbContext>>();
        var progress = services.GetRequiredService<FollowingProgress>();
        for (var deadline = DateTime.UtcNow.AddSeconds(60); ;)
        {
            await using (var db = await contexts.CreateDbContextAsync())
            {
                var end = await db.ChangeLog.MaxAsync(c => (long?)c.Sequence) ?? 0;
                if (progress.Snapshot().All(c => c.Applied >= end))
                {
                    return;
                }
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the app's change-log followers did not catch up within 60 s");
            }
            await Task.Delay(100);
        }
    }

    private static async Task NameAsync(IServiceProvider services, params (string Key, string Name)[] papers)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<ReaderDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        foreach (var (key, name) in papers)
        {
            // The registry may already hold the paper (filled on first start): these names win.
            var source = await db.Sources.FirstOrDefaultAsync(s => s.Key == key);
            if (source is null)
            {
                db.Sources.Add(source = new NewsSource { Key = key });
            }
            (source.Name, source.UpdatedAt) = (name, DateTime.UtcNow);
        }
        await db.SaveChangesAsync();
        services.GetRequiredService<SourceNamesQuery>().Forget();
    }
}
