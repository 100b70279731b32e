using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A live blog's or a ticker's time stamp, a clock alone on its line, is the page's wherever it
// stands: between two paragraphs, under a subheading, above the lead. A time told inside a line
// (a programme's schedule, a sentence) is the story's. Paragraphs are corpus text (SaudiNewsNet,
// Mazen Abdulaziz, CC BY-NC-SA 4.0: alriyadh 1070744, aljazirah 20150802 sp2); stamps are made up
// by shape.
public class TimeStampLineTests
{
    private const string Lead = "يعود المخرج الأرجنتيني بابلو ترابيرو للمنافسة في مهرجان البندقية السينمائي بفيلم \"إل كلان\" المأخوذ عن واقع حياة عائلة بوكسيو.";
    private const string Subheading = "عروض في الأرجنتين";
    private const string Last = "يذكر أن عروض فيلم \"إل كلان\" ستنطلق في الأرجنتين في 13 أغسطس الجاري، فيما سيقام مهرجان البندقية في الفترة من 2 إلى 12 سبتمبر المقبل.";

    public static TheoryData<string> Stamps() => new()
    {
        "11:59 مساء", "عاجل ٠٤:٥٦", "9:10 مساء GMT", "تحديث 4:36 ص", "آخر تحديث 9:02 مساء", "09:37 ت.غ",
        "9:12 م ت.غ", "١٠:١٤", "٧:٢٢ مساء بتوقيت مكة - …", "عاجل 14:48 | …", "20:26 ت م", "16:09:03",
        "\u200f10:37 ص\u200f", "• 08:15 صباحاً", "[ 21:40 ]", "الأحد 5:05 م", "محدث 12:30 بتوقيت الرياض",
    };

    [Theory]
    [MemberData(nameof(Stamps))]
    public void A_clock_alone_on_its_line_goes_wherever_it_stands(string stamp)
    {
        var raw = string.Join('\n', stamp, Lead, stamp, Subheading, stamp, Last, stamp);
        var cleaned = new ArticleCleaner().Clean(new RawArticle(raw, "عنوان الخبر"));
        Assert.Equal([Lead, Subheading, Last], cleaned.Blocks.Select(b => b.Text));
        Assert.All(cleaned.Removed.Where(r => r.Text.Contains(':', StringComparison.Ordinal)), r => Assert.Equal("timestamp", r.Reason));
    }

    [Theory]
    [InlineData("- 6:40 إعلان تشكيلة الفريقين.")]
    [InlineData("الساعة 9:30 مساء يبدأ الحفل")]
    [InlineData("الهلال 2:1 النصر")]
    [InlineData("10:30 وزير الخارجية يصل إلى جدة")]
    public void A_time_told_with_words_of_its_own_stays(string line)
    {
        var raw = string.Join('\n', Lead, line, Last);
        var cleaned = new ArticleCleaner().Clean(new RawArticle(raw, "عنوان الخبر"));
        Assert.Contains(line.Trim(), cleaned.Blocks.Select(b => b.Text));
    }
}
