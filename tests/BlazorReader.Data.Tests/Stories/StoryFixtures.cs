using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Related;
using BlazorReader.Data.Stories;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Tests.Stories;

// One event told by several papers, and an unrelated one, imported as the app imports them.
internal static class StoryFixtures
{
    public const string Cell = "أعلنت وزارة الداخلية السعودية اليوم القبض على خلية إرهابية في مدينة الرياض تضم ستة أشخاص كانوا يخططون لتنفيذ هجمات على منشآت حكومية، وقالت الوزارة في بيان إن قوات الأمن ضبطت أسلحة ومتفجرات في موقعين شمال المدينة، وإن التحقيقات مستمرة لمعرفة ارتباطات الخلية بتنظيمات خارجية.";
    public const string Oil = "ارتفعت أسعار النفط في الأسواق العالمية بعد تراجع المخزونات الأمريكية وتوقعات بزيادة الطلب خلال الصيف، وقال محللون إن الأسعار قد تواصل الصعود إذا استمر تراجع الإنتاج وتراجعت صادرات عدد من الدول المنتجة خلال الأشهر المقبلة.";
    public static readonly DateTime Day = new(2015, 7, 21, 8, 0, 0, DateTimeKind.Utc);

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static ImportItem Item(string title, string text, string source, string url, int hours = 0) =>
        ImportItem.Ok(url, new RawArticle(text, title, source, url, PublishedAt: Day.AddHours(hours)));

    public static ImportItem Was => Item("القبض على خلية إرهابية في الرياض", "واس - الرياض: " + Cell, "was", "https://was/1");
    public static ImportItem Okaz => Item("الداخلية: ضبط خلية إرهابية بالرياض", Cell + " وستعلن التفاصيل لاحقا.", "okaz", "https://okaz/1", 2);
    public static ImportItem Sabq => Item("خلية إرهابية في قبضة الأمن", "سبق - الرياض: " + Cell, "sabq", "https://sabq/1", 3);
    public static ImportItem OilNews => Item("ارتفاع أسعار النفط", Oil, "aleqtisadiya", "https://eq/1", 1);

    public static async Task<int[]> ImportAsync(TestStore store, params ImportItem[] items)
    {
        await store.Importer().ImportAsync(items, ArticleStatus.Published, ct: Ct);
        await using var db = store.Open();
        var urls = items.Select(i => i.Article!.SourceUrl).ToList();
        var ids = await db.Articles.Where(a => urls.Contains(a.SourceUrl)).ToDictionaryAsync(a => a.SourceUrl!, a => a.Id, Ct);
        return [.. urls.Select(u => ids[u!])];
    }

    public static async Task<int?> StoryOfAsync(TestStore store, int articleId)
    {
        await using var db = store.Open();
        return await db.Articles.Where(a => a.Id == articleId).Select(a => a.StoryId).SingleAsync(Ct);
    }

    public static async Task<List<Story>> StoriesAsync(TestStore store)
    {
        await using var db = store.Open();
        return await db.Stories.AsNoTracking().OrderBy(s => s.Id).ToListAsync(Ct);
    }

    public static async Task AddRuleAsync(TestStore store, StoryRuleKind kind, int articleId, int? otherId = null)
    {
        await using var db = store.Open();
        db.StoryRules.Add(new StoryRule { Kind = kind, ArticleId = articleId, OtherArticleId = otherId, CreatedAt = Day });
        await db.SaveChangesAsync(Ct);
    }

    public static Task RebuildAsync(TestStore store) => new RelatedStoryService(store.Contexts).RebuildAllAsync(null, Ct);
}
