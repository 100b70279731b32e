using BlazorReader.Bench.Search;

namespace BlazorReader.Bench.Tests.Search;

// Which articles count as a generated query's right answers.
public class KnownItemQueryGeneratorTests
{
    private const string Body = "أعلنت وزارة الصحة إلى جميع المواطنين أن حملة التطعيم ضد الحصبة تبدأ في المدارس يوم الأحد المقبل وتستمر أسبوعين في كل مناطق المملكة حسب الجدول المعلن";

    [Fact]
    public void A_body_phrase_is_held_by_every_copy_that_differs_only_in_hamza_diacritics_or_punctuation()
    {
        var articles = new[]
        {
            new CorpusArticle("a", "https://example.org/1", "2015-07-21 10:00:00", "حملة التطعيم ضد الحصبة", Body),
            new CorpusArticle("b", "https://example.org/2", "2015-07-21 11:00:00", "الصحة تطلق حملة التطعيم",
                Body.Replace("إلى", "الى", StringComparison.Ordinal).Replace("الصحة", "الصحّة،", StringComparison.Ordinal).Replace("المملكة", "المملكه", StringComparison.Ordinal)),
            new CorpusArticle("c", "https://example.org/3", "2015-07-21 12:00:00", "أمطار على عسير", "أمطار غزيرة على منطقة عسير " + string.Join(' ', Enumerable.Repeat("والباحة وجازان", 10))),
        };

        var phrases = new KnownItemQueryGenerator(articles, seed: 7).Generate(20)
            .Where(q => q.Family == QueryFamily.BodyPhrase && !q.Text.Contains("والباحة", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(phrases);
        Assert.All(phrases, q => Assert.Equal([0, 1], q.RightIds.Order()));
    }
}
