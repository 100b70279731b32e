using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Tests.Importing;

// A paragraph pasted below a story that is, word for word, the lead of another article is
// that article's teaser, however much it reads like the story: the importer knows it because
// the other article is stored, or came earlier in the same import; an admin re-clean knows
// stored headlines.
public class KnownStoriesImportTests
{
    private const string OtherTitle = "الهلال يتعاقد مع مدافع برازيلي لثلاثة مواسم";
    private const string OtherLead = "أعلن نادي الهلال اليوم تعاقده مع المدافع البرازيلي لمدة ثلاثة مواسم بعد اجتيازه الفحص الطبي في الرياض.";
    private const string Story = "أعلنت وزارة الصحة اليوم تسجيل حالات جديدة من الحمى في عدة مناطق من المملكة خلال الأسبوع الماضي.\n"
        + "وقالت الوزارة في بيان إن الفرق الطبية تتابع حالات الحمى وتقدم الرعاية اللازمة للمرضى.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ImportItem Item(string text, string url, string title) =>
        ImportItem.Ok("test", new RawArticle(text, Title: title, SourceUrl: url, Source: "test"));

    private static ImportItem Other => Item(OtherLead + "\nوأوضح النادي أن اللاعب سينضم إلى الفريق في معسكره الخارجي.", "https://example.org/other", OtherTitle);

    private static ImportItem Dressed => Item($"{Story}\n{OtherLead}", "https://example.org/story", "الصحة تسجل حالات جديدة من الحمى");

    [Fact]
    public async Task A_stored_articles_lead_below_a_story_is_taken_as_its_teaser()
    {
        await using var store = await TestStore.CreateAsync();
        await store.Importer().ImportAsync([Other], ArticleStatus.Published, ct: Ct);
        await store.Importer().ImportAsync([Dressed], ArticleStatus.Published, ct: Ct);
        await AssertTeaserTakenAsync(store);
    }

    [Fact]
    public async Task An_articles_lead_from_an_earlier_batch_of_the_same_import_is_known()
    {
        await using var store = await TestStore.CreateAsync();
        var importer = store.Importer(batchSize: 1);
        await importer.ImportAsync([Other, Dressed], ArticleStatus.Published, ct: Ct);
        await AssertTeaserTakenAsync(store);
    }

    [Fact]
    public async Task With_nothing_stored_the_same_paragraph_stays_in_the_body()
    {
        await using var store = await TestStore.CreateAsync();
        await store.Importer().ImportAsync([Dressed], ArticleStatus.Published, ct: Ct);
        await using var db = store.Open();
        var article = await db.Articles.Include(a => a.Teasers).SingleAsync(Ct);
        Assert.Empty(article.Teasers);
        Assert.Contains(article.Blocks, b => b.Text == OtherLead);
    }

    [Fact]
    public async Task Cleaning_again_from_the_admin_knows_a_stored_headline_below_the_story()
    {
        await using var store = await TestStore.CreateAsync();
        var dressed = Item($"{Story}\n{OtherTitle}", "https://example.org/story", "الصحة تسجل حالات جديدة من الحمى");
        await store.Importer().ImportAsync([dressed], ArticleStatus.Published, ct: Ct);
        await store.Importer().ImportAsync([Other], ArticleStatus.Published, ct: Ct);
        Guid version;
        int id;
        await using (var db = store.Open())
        {
            var before = await db.Articles.SingleAsync(a => a.SourceUrl == "https://example.org/story", Ct);
            Assert.Contains(before.Blocks, b => b.Text == OtherTitle);
            (id, version) = (before.Id, before.Version);
        }
        await store.Changes().RecleanAsync(id, version, "editor@example.org", Ct);
        await using var after = store.Open();
        var article = await after.Articles.Include(a => a.Teasers).SingleAsync(a => a.Id == id, Ct);
        Assert.Equal(OtherTitle, Assert.Single(article.Teasers).Text);
    }

    private static async Task AssertTeaserTakenAsync(TestStore store)
    {
        await using var db = store.Open();
        var article = await db.Articles.Include(a => a.Teasers).SingleAsync(a => a.SourceUrl == "https://example.org/story", Ct);
        Assert.Equal(OtherLead, Assert.Single(article.Teasers).Text);
        Assert.DoesNotContain(article.Blocks, b => b.Text == OtherLead);
    }
}
