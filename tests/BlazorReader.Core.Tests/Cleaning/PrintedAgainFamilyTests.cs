using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Text printed again (a paragraph, a sentence pulled out as a quote, a lead behind a dateline)
// goes whatever marks dress it, while lines that only share words with a paragraph, and lists
// that repeat an item by right, stay. Variants are generated; the paragraphs are corpus text
// (SaudiNewsNet: alwatan 231104, alyaum 4081391, aawsat 398511 and 405946).
public class PrintedAgainFamilyTests
{
    private static readonly string[] Story = PointBackFamilyTests.Story;

    private const string Pulled = "وتوضح الولايات المتحدة فرصة إقامة هذا النهج، وأيضا الصعوبات العملية";
    private const string Source = Pulled + ". أنا أعرف من التجربة في مكتب الميزانية في الكونجرس ومكتب الإدارة والميزانية مدى صعوبة تغيير ذلك.";

    public static TheoryData<string> PulledQuotes()
    {
        var data = new TheoryData<string>();
        string[] dress = ["{0}", "«{0}»", "\"{0}\"", "“{0}”", "- {0}", "■ «{0}»", "{0}…", "«{0} ...»", "{0}."];
        string[] cuts = [Pulled, Source.TrimEnd('.'), "أنا أعرف من التجربة في مكتب الميزانية في الكونجرس ومكتب الإدارة والميزانية مدى صعوبة تغيير ذلك"];
        foreach (var d in dress)
        {
            foreach (var cut in cuts)
            {
                data.Add(d.Replace("{0}", cut, StringComparison.Ordinal));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PulledQuotes))]
    public void A_sentence_pulled_out_of_a_paragraph_goes_however_it_is_dressed(string quote)
    {
        foreach (var at in new[] { 1, 3 })
        {
            List<string> lines = [Story[0], Source, Story[1], Story[2]];
            lines.Insert(at, quote);
            var context = Clean.With(string.Join('\n', lines), new RepeatedParagraphRemover());
            Assert.Equal([Story[0], Source, Story[1], Story[2]], context.BodyLines());
            Assert.Equal("repeat", Assert.Single(context.Removed).Reason);
        }
    }

    [Theory]
    [InlineData("الرياض - واس: ")]
    [InlineData("هاني منصور: ")]
    [InlineData("نيويورك (اليوم السابع) - ")]
    public void A_lead_printed_again_behind_a_label_goes_and_the_bare_lead_stays(string label)
    {
        var context = Clean.With(string.Join('\n', label + Story[0], Story[0], Story[1]), new RepeatedParagraphRemover());
        Assert.Equal([Story[0], Story[1]], context.BodyLines());
    }

    [Theory]
    // Shares words with Source but is no clause of it.
    [InlineData("وتوضح الولايات المتحدة صعوبة تغيير النهج في مكتب الميزانية")]
    // A clause of seven words: a story may say it twice.
    [InlineData("«أنا أعرف من التجربة في مكتب الميزانية»")]
    // The clause runs on inside a word: not the same words.
    [InlineData("وتوضح الولايات المتحدة فرصة إقامة هذا النه")]
    // Words from inside a sentence, not from a stop: a phrase that recurs, not a label.
    [InlineData("الولايات المتحدة فرصة إقامة هذا النهج")]
    public void Lines_that_only_share_words_with_a_paragraph_stay(string line)
    {
        var context = Clean.With(string.Join('\n', Story[0], Source, line, Story[1]), new RepeatedParagraphRemover());
        Assert.Empty(context.Removed);
    }

    // SaudiNewsNet (aawsat 398511): two recipes call for the same cheese, once with a note.
    [Fact]
    public void An_item_of_a_list_that_opens_a_longer_item_stays()
    {
        const string item = "- 2 ملعقتان كبيرتان من جبن الفاته الأبيض.";
        const string longer = "- 2 ملعقتان كبيرتان من جبن الفاته الأبيض (يفضل قليلة الدهون).";
        var context = Clean.With(string.Join('\n', Story[0], longer, Story[1], item, Story[2]), new RepeatedParagraphRemover());
        Assert.Empty(context.Removed);
    }

    // SaudiNewsNet (aawsat 405946): a ranking of apps for one store and then another.
    [Fact]
    public void An_item_of_a_ranking_printed_in_two_lists_stays_but_a_numbered_paragraph_printed_twice_goes()
    {
        const string app = "1. لعبة «ماينكرافت: بوكيت إيديشين» Minecraft – Pocket Edition";
        var lists = Clean.With(string.Join('\n', Story[0], app, Story[1], app), new RepeatedParagraphRemover());
        Assert.Empty(lists.Removed);
        const string numbered = "9 - من الذوق أن تعتني دوما بطيب رائحة هندامك مما يريح المتعامل معك ولا ينفره منك.";
        var repeated = Clean.With(string.Join('\n', Story[0], numbered, numbered, Story[1]), new RepeatedParagraphRemover());
        Assert.Equal([Story[0], numbered, Story[1]], repeated.BodyLines());
    }

    [Fact]
    public void A_paragraph_printed_twice_goes_once_whatever_dresses_the_copy()
    {
        var context = Clean.With(string.Join('\n', Story[0], "«" + Story[1].TrimEnd('.') + "»", Story[1], Story[2]), new RepeatedParagraphRemover());
        Assert.Equal([Story[0], Story[1], Story[2]], context.BodyLines());
    }
}
