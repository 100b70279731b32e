using BlazorReader.Bench.Search;
using BlazorReader.Core.Arabic;

namespace BlazorReader.Bench.Tests.Search;

// The typo and clitics-both-ways families: what their queries may and may not be.
public class ForgivingFamiliesTests
{
    private static readonly CorpusArticle[] Articles =
    [
        new("a", "https://example.org/1", "2015-07-21 10:00:00", "وزارة الصحة تطلق حملة التطعيم ضد الحصبة في المدارس", "نص"),
        new("b", "https://example.org/2", "2015-07-21 11:00:00", "أمطار غزيرة على منطقة عسير والباحة وجازان", "نص"),
    ];

    private static List<KnownItemQuery> Queries(QueryFamily family) =>
        new KnownItemQueryGenerator(Articles, seed: 11).Generate(40).Where(q => q.Family == family).ToList();

    [Fact]
    public void A_typo_query_is_three_title_words_one_of_them_a_slip_away()
    {
        var queries = Queries(QueryFamily.Typos);
        Assert.NotEmpty(queries);
        foreach (var query in queries)
        {
            var title = KnownItemQueryGenerator.Words(Articles.Single(a => query.RightIds.Contains(Array.IndexOf(Articles, a))).Title!).ToList();
            var words = query.Text.Split(' ');
            Assert.Equal(3, words.Length);
            var slipped = Assert.Single(words, w => !title.Contains(w));
            Assert.Contains(title, w => w.Length >= 4 && OneSlipApart(slipped, w));
        }
    }

    [Fact]
    public void Typos_are_of_every_kind()
    {
        var writer = new TypoWriter(new Random(3));
        var typed = Enumerable.Range(0, 200).Select(_ => writer.Mistype("المدرسة")).OfType<string>().ToList();
        Assert.Contains(typed, t => t.Length == 6);                                    // dropped
        Assert.Contains(typed, t => t.Length == 8);                                    // doubled
        Assert.Contains(typed, t => t.Length == 7 && t.Order().SequenceEqual("المدرسة".Order())); // swapped
        Assert.Contains(typed, t => t.Length == 7 && t.EndsWith('ه'));                // confused
    }

    [Fact]
    public void A_clitic_rewrite_adds_or_drops_proclitics_around_the_same_stem()
    {
        var writer = new CliticShapeWriter(new Random(5));
        var rewritten = Enumerable.Range(0, 200).Select(_ => writer.Rewrite("بالمدارس")).ToHashSet();
        Assert.Contains("مدارس", rewritten);
        Assert.Contains(rewritten, w => w.StartsWith("ولل", StringComparison.Ordinal) || w.StartsWith("فلل", StringComparison.Ordinal));
        Assert.DoesNotContain("بالمدارس", rewritten);
        Assert.All(rewritten, w => Assert.EndsWith("مدارس", w, StringComparison.Ordinal));
    }

    private static bool OneSlipApart(string typed, string word) =>
        ArabicSlipCost.Between(ArabicNormalizer.Normalize(typed), ArabicNormalizer.Normalize(word)) <= 1f;
}
