using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Marks glued to the story's lines, generated from shapes: a numbered thread's places («1/7 -
// …», «… (٣/٢٢)», Western or Arabic-Indic digits, a dash, a bar or brackets, the total larger
// than the paragraphs copied), a chat message's time and ticks, a print page's jump. The marks
// go, the paragraphs (StoryLines) come back whole; a date closing a sentence stays.
public class GluedMarkTests
{
    private static readonly string[] Story = StoryLines.Three;

    private static readonly string[] Joints = [" ", " - ", " | ", " — "];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 80)];

    private static string Digits(string n, bool arabic) =>
        arabic ? string.Concat(n.Select(c => char.IsDigit(c) ? (char)('٠' + (c - '0')) : c)) : n;

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_thread_s_numbers_go_and_its_paragraphs_stay(int seed)
    {
        var r = new Random(seed);
        var total = r.Next(3, 23);
        var opening = r.Next(2) == 0;
        var places = Enumerable.Range(1, total).OrderBy(_ => r.Next()).Take(3).Order().ToList();
        var lines = Story.Select((p, k) =>
        {
            var mark = $"{Digits(places[k].ToString(System.Globalization.CultureInfo.InvariantCulture), r.Next(2) == 0)}/{Digits(total.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Next(2) == 0)}";
            mark = r.Next(3) == 0 ? $"({mark})" : mark;
            var joint = Joints[r.Next(Joints.Length)];
            return opening ? mark + joint + p : p + joint + mark;
        });

        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));

        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Dates_closing_the_story_s_sentences_stay()
    {
        string[] lines = [Story[0] + " يوم 12/8", Story[1] + " في 20/8", Story[2] + " حتى 25/8"];
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));
        Assert.Equal(lines, cleaned.Blocks.Select(b => b.Text));
    }

    public static TheoryData<string> EndMarks() =>
    [
        " 11:57 ص ✓✓", " ٩:٤٨ م ✔✔", " 21:03 ✓", " 8:15 PM ✓✓", " (البقية ص ٧)", " (البقية ص ١٩", " (التتمة ص 12)", " [تتمة صفحة 4]", "(يتبع في ص 9)",
    ];

    [Theory]
    [MemberData(nameof(EndMarks))]
    public void A_chat_stamp_or_a_page_jump_at_a_line_s_end_goes(string mark)
    {
        string[] lines = [Story[0], Story[1] + mark, Story[2]];
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));
        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
    }

    // An interview's questions and answers under one dash below the story's paragraphs, one
    // question asked twice: the story's, every line.
    [Fact]
    public void An_interview_under_dashes_stays()
    {
        string[] interview =
        [
            "- هل هناك نية لتسريع برامج التدريب والتأهيل؟",
            "- بدأنا فعلا في مراجعة آليات استقبال البلاغات في المدن الرئيسة.",
            "- متى يبدأ العمل على مراجعة إجراءات التسجيل والقبول؟",
            "- الخطة تتضمن تطوير الحملات التوعوية في المدارس في الأحياء الجديدة.",
            "- هل هناك نية لتسريع برامج التدريب والتأهيل؟",
            "- نعم، خلال الأشهر المقبلة.",
        ];
        string[] lines = [.. Story, .. interview];
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));
        Assert.Equal(lines, cleaned.Blocks.Select(b => b.Text));
    }

    // A link pointed at with an arrow, wherever the page put it; a list's point bulleted with
    // an arrow and an interviewer's «>» stay.
    [Theory]
    [InlineData("عرض جميع إعلانات الشركة ←")]
    [InlineData("العودة إلى قائمة الإعلانات →")]
    [InlineData("التقرير السنوي للهيئة (PDF) ↗")]
    [InlineData("→ الخبر التالي")]
    [InlineData("Voir toutes les annonces ⟶")]
    public void A_link_pointed_at_with_an_arrow_goes(string link)
    {
        foreach (var lines in new[] { new[] { Story[0], Story[1], Story[2], link }, new[] { Story[0], link, Story[1], Story[2] } })
        {
            var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));
            Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
        }
    }

    [Theory]
    [InlineData("→ تخفيض رسوم التسجيل للطلاب الجدد في جميع الكليات")]
    [InlineData("> هل الخبرة المسرحية ضرورية للممثل؟")]
    public void A_point_or_a_question_opened_by_an_arrow_stays(string point)
    {
        string[] lines = [Story[0], Story[1], point, Story[2]];
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));
        Assert.Equal(lines, cleaned.Blocks.Select(b => b.Text));
    }

    // The story's words cut before a link («وأكد فخامة... اقرأ الخبر كاملاً ←») stay; the link goes.
    [Fact]
    public void The_story_s_words_before_an_arrowed_link_stay()
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', Story[0], Story[1], "وأكد فخامة... اقرأ الخبر كاملاً ←"), Title: "النهضة يتعاقد مع الرجاء والكسار"));
        Assert.Equal([Story[0], Story[1], "وأكد فخامة"], cleaned.Blocks.Select(b => b.Text));
        var closed = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', Story[0], Story[1] + "... المزيد ←"), Title: "النهضة يتعاقد مع الرجاء والكسار"));
        Assert.Equal([Story[0], Story[1]], closed.Blocks.Select(b => b.Text));
    }

    // A thread's posts embedded as tweets keep their places: «١/٣» is the post's own text.
    [Fact]
    public void Posts_of_a_thread_keep_their_numbers()
    {
        var lines = new List<string> { Story[0] };
        for (var k = 1; k <= 3; k++)
        {
            lines.Add($"{k}/3 وأوضحت الوزارة أن المرحلة رقم {k} من البرنامج تبدأ الأسبوع المقبل في جميع المناطق pic.twitter.com/AbCdEf12{k}4");
            lines.Add($"— وزارة الخدمة المدنية (@MCS_KSA) August {k}, 2015");
        }
        lines.Add(Story[1]);
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));
        var tweets = cleaned.Blocks.Where(b => b.Kind == BlockKind.Tweet).ToList();
        Assert.Equal(3, tweets.Count);
        Assert.All(tweets.Select((t, k) => (t, k)), x => Assert.StartsWith($"{x.k + 1}/3 ", x.t.Text, StringComparison.Ordinal));
    }
}
