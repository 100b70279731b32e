using BlazorReader.Core.Articles;
using BlazorReader.Core.Text;

namespace BlazorReader.Core.Tests.Text;

public class BidiRunsTests
{
    private static string[] Isolated(string text, TextDirection dir) =>
        [.. BidiRuns.Split(text, dir).Where(r => r.Isolated).Select(r => r.Text)];

    [Theory]
    [InlineData("أعلن زعيم جماعة \"زواف باريس\" (Zouaves Paris) المحسوبة", "Zouaves Paris")]
    [InlineData("ونقلت عن صحيفة \"ليبراسيون\" الفرنسية (Liberation) أن", "Liberation")]
    [InlineData("كتب على حسابه @hamdhi11 اليوم", "@hamdhi11")]
    [InlineData("الرابط https://t.co/nRuBv96uAR في التغريدة", "https://t.co/nRuBv96uAR")]
    public void Isolates_latin_names_handles_and_urls_in_arabic_text(string text, string run)
    {
        Assert.Equal([run], Isolated(text, TextDirection.Rtl));
    }

    [Fact]
    public void Keeps_an_english_sentence_with_commas_and_quotes_in_one_run()
    {
        const string text = "قال: Defining themselves as fascists, who emerged with the slogan \"Paris is Ours\" in late 2017";
        Assert.Equal(["Defining themselves as fascists, who emerged with the slogan \"Paris is Ours\" in late 2017"],
            Isolated(text, TextDirection.Rtl));
    }

    [Fact]
    public void Leaves_sentence_punctuation_outside_the_run()
    {
        Assert.Equal(["Nagorno-Karabakh"], Isolated("توجه إلى Nagorno-Karabakh.", TextDirection.Rtl));
    }

    [Fact]
    public void Isolates_arabic_runs_inside_an_english_block()
    {
        Assert.Equal(["قره باغ"], Isolated("He went to قره باغ to fight.", TextDirection.Ltr));
    }

    [Fact]
    public void Runs_put_back_together_give_the_original_text()
    {
        const string text = "وفي سياق متصل، أعلن Marc de Cacqueray-Valmenier زعيم جماعة (ZVP) أنه توجه.";
        Assert.Equal(text, string.Concat(BidiRuns.Split(text, TextDirection.Rtl).Select(r => r.Text)));
    }

    [Fact]
    public void Arabic_only_text_is_one_plain_run()
    {
        var runs = BidiRuns.Split("خبر عربي خالص", TextDirection.Rtl);
        Assert.False(Assert.Single(runs).Isolated);
    }
}
