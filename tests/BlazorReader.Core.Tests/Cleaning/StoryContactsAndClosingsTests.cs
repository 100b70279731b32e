using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Lines of the story's that look like a page's furniture, generated from shapes: numbers to
// call listed under a sentence announcing them, and a statement's closing with the wire's credit
// glued after it. Story lines are real corpus text (SaudiNewsNet, Mazen Abdulaziz, CC BY-NC-SA 4.0).
public class StoryContactsAndClosingsTests
{
    private static readonly string[] Story = StoryLines.Two;

    private static readonly string[] Announcements =
    [
        "وخصصت وزارة الصحة الأرقام التالية للاستفسار:", "وخصصت الأمانة قنوات لاستقبال البلاغات والاستفسارات:", "ويمكن للمواطنين التواصل مع المركز عبر:",
    ];

    private static readonly string[] Labels = ["هاتف الطوارئ", "واتساب", "الرقم الموحد", "الهاتف المجاني", "فاكس", "جوال"];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 80)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Numbers_listed_under_the_story_s_announcement_stay(int seed)
    {
        var r = new Random(seed);
        T Pick<T>(params T[] items) => items[r.Next(items.Length)];
        string Number()
        {
            var zero = r.Next(2) == 0 ? '0' : '\u0660';
            return string.Concat(Enumerable.Range(0, r.Next(5, 11)).Select(_ => (char)(zero + r.Next(10))));
        }
        var contacts = Enumerable.Range(0, r.Next(1, 4)).Select(_ => Pick(Labels) + Pick(": ", ":", " : ") + Number()).ToList();
        List<string> body = [Story[0], Pick(Announcements), .. contacts];
        var tail = r.Next(2) == 0;
        if (!tail)
        {
            body.Add(Story[1]);
        }
        var lines = new List<string>(body);
        lines.AddRange(tail ? [Pick("© حقوق النشر محفوظة", "جميع الحقوق محفوظة 2015"), "شارك عبر:"] : []);

        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));

        Assert.Equal(body, cleaned.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("والله من وراء القصد. — Reuters", "والله من وراء القصد.")]
    [InlineData("حفظ الله بلادنا وقيادتنا. - واس", "حفظ الله بلادنا وقيادتنا.")]
    [InlineData("والله ولي التوفيق. (رويترز)", "والله ولي التوفيق.")]
    public void A_closing_with_the_wire_s_credit_glued_keeps_its_sentence(string line, string sentence)
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', Story[0], Story[1], line), Title: "النهضة يتعاقد مع الرجاء والكسار"));
        Assert.Equal([Story[0], Story[1], sentence], cleaned.Blocks.Select(b => b.Text));
    }

    // Without the announcing sentence a contact line at the foot is the page's box.
    [Fact]
    public void A_contact_box_at_the_foot_still_goes()
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', Story[0], Story[1], "واتساب: 0514678648", "© حقوق النشر محفوظة"), Title: "النهضة يتعاقد مع الرجاء والكسار"));
        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
    }
}
