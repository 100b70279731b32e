using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A page that prints its own mark before every line (a log's stamp, an outline's node number, a
// layout program's style tag, a diff's «+»): the mark comes off each line, the story stays whole.
// A story's own bullets, dashes and a figure opening a line stay. Story lines are real corpus
// text (SaudiNewsNet, Mazen Abdulaziz, CC BY-NC-SA 4.0); the marks are made up by shape.
public class PageLinePrefixTests
{
    private static readonly string[] Story = StoryLines.Four;

    private static IReadOnlyList<string> Clean(IEnumerable<string> lines) => StoryLines.Clean(lines);

    public static TheoryData<string> Marks() =>
    [
        "2015-07-21 10:22:0{0} INFO [feed] ",
        "[2015-07-21 10:22:1{0}] | info | text=",
        "٢٠١٥-٠٧-٢١ 09:1{0} معلومة [ingest] paragraph {0}: ",
        "1.2.{0} ",
        "2.{0}. ▸ ",
        "@متن:",
        "<ParaStyle:نص أساسي>",
        "+ ",
        "+",
        "{0} من 4: ",
        "({0}/4) ",
        "[{0}/٤] ",
        "[19:5{0}] <+wasat-bot> ",
        "<@news_bot> ",
        "01:0{0}:12 <@khabar> ",
    ];

    [Theory]
    [MemberData(nameof(Marks))]
    public void A_mark_before_every_line_comes_off(string mark)
    {
        var lines = Story.Select((l, i) => string.Format(System.Globalization.CultureInfo.InvariantCulture, mark, i + 1) + l);

        Assert.Equal(Story, Clean(lines));
    }

    // A log's own lines (a request, a job's end) and a diff's headers and removed lines go too.
    [Fact]
    public void A_logs_own_lines_and_a_diffs_furniture_go()
    {
        var log = Story.Select((l, i) => $"2015-07-21 10:22:0{i} INFO [feed] " + l).Prepend("2015-07-21 10:21:58 DEBUG [http] GET /news/4081994 -> 200 OK (312 ms)").Append("2015-07-21 10:22:09 INFO [cron] job finished in 12s");
        Assert.Equal(Story, Clean(log));

        var diff = new List<string> { "diff --git a/news/4081994.md b/news/4081994.md", "@@ -1,4 +1,6 @@", "-" + "أعلن نادي النهضة عن تعاقده مع لاعبين جديدين قبل انطلاق الموسم." };
        // The story's own dashed line is among the added ones, and stays.
        string[] story = [.. Story, "- كيف يمكن التسجيل في المبادرة عبر البوابة الإلكترونية للوزارة؟"];
        diff.AddRange(story.Select(l => "+" + l));
        Assert.Equal(story, Clean(diff));
    }

    // A chat log: the nick pasting the story loses its marks, the others' talk between goes.
    [Fact]
    public void A_chat_logs_paster_keeps_its_lines_and_the_others_talk_goes()
    {
        string[] log = ["[19:52] <wasat-bot> " + Story[0], "[19:55] <fahad|afk> مصدر الخبر؟", "[19:56] <+wasat-bot> " + Story[1], "[19:57] <m7md_> +1",
            "[19:58] <@wasat-bot> " + Story[2], "[19:59] <+wasat-bot> " + Story[3]];

        Assert.Equal(Story, Clean(log));
    }

    // The channel's notices between the talk and the logger's own lines go; the paster's bullet stays.
    [Theory]
    [InlineData("01:04:52 *** m7md` خرج من #saudi-news (Quit: وداعاً)")]
    [InlineData("01:01:14 -!- موضوع #saudi-news: أخبار اليوم | الالتزام بالأدب العام")]
    [InlineData("[19:53] * fahad يبتسم")]
    [InlineData("--- Log opened الخميس 6 أغسطس، 2015")]
    public void A_chat_logs_notices_go(string notice)
    {
        string[] log = [notice, "01:03:50 <khabar> " + Story[0], "01:05:46 <+khabar> " + Story[1], "01:06:00 <khabar> * " + Story[2], "01:07:12 <@khabar> " + Story[3], "01:07:22 <abu_saad|afk> متى صدر القرار؟"];

        Assert.Equal([Story[0], Story[1], "* " + Story[2], Story[3]], Clean(log));
    }

    // A message sent in parts between a page's other long lines (another story's leads under it):
    // counted to one total, the counters are the message's and come off.
    [Fact]
    public void Part_counters_come_off_among_longer_lines_than_theirs()
    {
        string[] others = [.. StoryLines.Three.Select(l => "- " + l.Replace("النهضة", "الشباب", StringComparison.Ordinal)), .. StoryLines.Three.Select(l => "• " + l.Replace("الفريق", "المنتخب", StringComparison.Ordinal))];
        var lines = Story.Select((l, i) => $"[{i + 1}/٤] " + l).Append("تم التسليم ٦:٤٤ ص").Concat(others);

        var clean = Clean(lines);

        Assert.Equal(Story, clean.Take(Story.Length));
    }

    // A layout program's tags in angle brackets, one style for most lines and others for a few,
    // are no chat: every line keeps its words.
    [Fact]
    public void A_layout_programs_styles_are_no_chat()
    {
        string[] tagged = ["<ParaStyle:مقدمة>" + Story[0], "<ParaStyle:متن>" + Story[1], "<ParaStyle:Body>" + Story[2], "<ParaStyle:متن>" + Story[3]];

        Assert.Equal(Story, Clean(tagged));
    }

    // A figure or a list's number opening a few lines, and the dashes and bullets a story opens its
    // paragraphs with, are the story's.
    [Theory]
    [InlineData("1.5 ")]
    [InlineData("2015-08-06 10:45 ; ")]
    [InlineData("- ")]
    [InlineData("• ")]
    [InlineData("* ")]
    [InlineData("1/2 ")]
    public void A_story_s_own_marks_stay(string mark)
    {
        var lines = Story.Select(l => mark + l).ToList();

        Assert.Equal(lines, Clean(lines));
    }
}
