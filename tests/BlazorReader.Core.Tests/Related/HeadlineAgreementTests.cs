using BlazorReader.Core.Related;

namespace BlazorReader.Core.Tests.Related;

// Pairs near the similarity threshold must agree on what their headlines are about.
public class HeadlineAgreementTests
{
    // Other headlines of those days: "وزير" is in many, so it says what kind of item a
    // headline is, not which event. A floor of 2 lets three of them make it common here.
    private static readonly string[] MinisterHeadlines =
    [
        "وزير الخارجية يصل الدوحة في زيارة رسمية",
        "خادم الحرمين يبحث مع وزير الدفاع الأمريكي مستجدات الأوضاع",
        "وزير الشؤون البلدية يوافق على نزع ملكية 151 عقاراً",
    ];

    private static IReadOnlyList<int> TwinsOfFirst(string fixture, SameStoryOptions? options = null)
    {
        var detector = new SameStoryDetector((options ?? SameStoryOptions.Default) with { MaxShingleArticles = 2 });
        foreach (var headline in MinisterHeadlines)
        {
            detector.Fingerprinter.Count(detector.Fingerprinter.Read(new RelatedDocument(0, headline, "", "", DateTime.UnixEpoch)));
        }

        var articles = CorpusFixture.Load(fixture);
        foreach (var article in articles)
        {
            detector.Add(article);
        }

        return [.. detector.TwinsOf(articles[0].Id).Select(t => t.ArticleId)];
    }

    [Fact]
    public void A_digest_holding_a_report_is_not_that_reports_story_when_the_headlines_differ() =>
        Assert.Empty(TwinsOfFirst("digest-items-not-one-story.json"));

    [Fact]
    public void The_digest_clears_the_similarity_bar_on_shared_wording_alone() =>
        Assert.Equal([2], TwinsOfFirst("digest-items-not-one-story.json", SameStoryOptions.Default with { HeadlineCheckBelow = 0 }));

    [Fact]
    public void Reworded_headlines_that_name_the_same_actor_still_link() =>
        Assert.Equal([2], TwinsOfFirst("isis-plot-headlines-reworded.json"));

    [Fact]
    public void A_headline_word_found_only_in_the_other_papers_opening_counts_as_agreement()
    {
        var headline = TitleWords.Of("داعش تخطط لاستهداف الملكة إليزابيث في احتفال عالمي مرتقب");
        var lead = TitleWords.Lead("خطة إرهابية", "كشفت تقارير أن تنظيم داعش خطط لاغتيال الملكة إليزابيث");

        Assert.True(TitleWords.ShareAny(headline, lead));
    }
}
