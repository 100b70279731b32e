using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

public class BoilerplateTests
{
    private static LearnedBoilerplate Learn(int articles, Func<int, string> text)
    {
        var learner = new BoilerplateLearner();
        for (var i = 0; i < articles; i++)
        {
            learner.Add("paper", text(i));
        }
        return learner.Build();
    }

    [Fact]
    public void Learns_a_line_a_source_repeats_at_the_end_of_its_articles_with_digits_masked()
    {
        var learned = Learn(100, i => $"خبر {Guid.NewGuid()} عن موضوع مختلف تماما.\nتابعوا قناتنا {i % 7} على الجوال");
        var line = Assert.Single(learned.Sources["paper"]);
        Assert.Equal(("تابعوا قناتنا # على الجوال", 100), (line.Shape, line.Count));
    }

    [Fact]
    public void Does_not_learn_lines_that_recur_in_few_articles()
    {
        var learned = Learn(200, i => $"خبر {Guid.NewGuid()} عن موضوع مختلف.\n" + (i < 4 ? "سطر يتكرر قليلا" : $"خاتمة {Guid.NewGuid()}"));
        Assert.Empty(learned.Sources["paper"]);
    }

    [Fact]
    public void Drops_learned_lines_for_that_source_only_with_a_named_reason()
    {
        var learned = Learn(50, i => $"نص {i}\nمع تحيات أسرة التحرير");
        var raw = new RawArticle("نص الخبر الجديد.\nمع تحيات أسرة التحرير", Title: "t", Source: "paper");
        var cleaned = new ArticleCleaner(learned).Clean(raw);
        Assert.Equal("boilerplate:paper", Assert.Single(cleaned.Removed).Reason);
        Assert.Empty(new ArticleCleaner(learned).Clean(raw with { Source = "other" }).Removed);
    }

    [Fact]
    public void Round_trips_through_json()
    {
        var learned = Learn(50, i => $"نص {i}\nتابعوا قناتنا على الجوال");
        var back = LearnedBoilerplate.FromJson(learned.ToJson());
        Assert.True(back.Matches("PAPER", "تابعوا  قناتنا على الجوال"));
    }
}
