using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// An echomail message as an editor shows it, generated round real corpus lines (StoryLines):
// area, header, control lines, a quoted earlier message, the tear, origin and SEEN-BY lines.
// The story stays; the message's own lines go, the sender as byline and the subject as title.
public class EchomailMessageTests
{
    private static readonly string[] Story = StoryLines.Three;

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 10)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_message_reads_back_as_the_story(int seed)
    {
        var r = new Random(seed);
        string Pick(params string[] options) => options[r.Next(options.Length)];
        string[] page =
        [
            Pick("AREA:ARABIC.NEWS", " Area : SA.AKHBAR"),
            "Msg  : " + r.Next(1, 40) + " of 187" + Pick("", " Scn"),
            "From : سلمان الزهراني" + new string(' ', r.Next(2, 9)) + "2:5084/266  01 Aug 15 20:02",
            "To   : " + Pick("All", "الجميع"),
            "Subj : رحيل سعود",
            "^AMSGID: 2:5084/266 d3ea7175",
            "In a message of 31 Jul 15, ناصر المطيري wrote:",
            " " + Pick("KH", "م.ع") + "> أجرى وزير الخارجية مباحثات أمس مع نظيره الإيطالي",
            .. Story,
            Pick("--- GoldED+/W32 1.1.5", "--- Squish v1.11"),
            " * Origin: أخبار اليوم — الدمام (2:5084/266)",
            "SEEN-BY: 5020/1 5084/266",
        ];
        var context = Clean.With(string.Join("\n", page), new EchomailMessage());
        Assert.Equal(Story, context.BodyLines());
        Assert.Contains(context.Removed, x => x.Reason == "byline");
    }

    // A story's «From:» and «To:» lines are no message without its control lines.
    [Fact]
    public void A_story_with_a_from_line_is_no_message()
    {
        string[] page = [Story[0], "From : وزارة الصحة", "To : جميع المستشفيات", Story[1]];
        var context = Clean.With(string.Join("\n", page), new EchomailMessage());
        Assert.Equal(page, context.BodyLines());
    }
}
