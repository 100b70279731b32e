using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Lists of other stories under a story, as families: a header in any wording sites use, with
// or without an icon and a colon, then items with one bullet or number (Western or
// Arabic-Indic) for all, or each with its own time; and the story's own lists and lines of the
// same look, which stay. Story text and titles are real corpus sentences.
public class TeaserListFamilyTests
{
    private static readonly string[] Story =
    [
        "اعتمد وزير الحج الدكتور بندر حجار تقسيم خدمات حجاج الداخل إلى ست شرائح، وحدد أسعار كل شريحة بحسب مستوى الخدمات المقدمة في المشاعر المقدسة.",
        "وأوضح أن الوزارة ستتابع التزام الشركات والمؤسسات بالأسعار المعلنة، وستطبق العقوبات النظامية على كل من يخالفها خلال موسم الحج المقبل.",
        "وأضاف أن التسجيل سيكون عبر البوابة الإلكترونية للوزارة، داعيا الراغبين في أداء الفريضة إلى التأكد من ترخيص الحملة قبل التعاقد معها.",
    ];

    private static readonly string[] Titles =
    [
        "الباحة تزف 34 شابا وفتاة",
        "كازاخستان تنضم رسمياً إلى منظمة التجارة العالمية",
        "مواطن يعتدي على طبيب بآلة حادة في تربة",
        "البرلمان التونسي يقر قانونا جديداً لمكافحة الإرهاب",
        "استمرار القبول في معهد «سرب» حتى 28 شوال",
        "مؤشر سوق الأسهم يرتفع 135 نقطة ويغلق عند مستوى 8834 نقطة",
    ];

    private static readonly string[] Headers =
    [
        "لا يفوتك", "نرشح لك", "اخترنا لك", "أخبار مرتبطة", "الأكثر تداولا", "المزيد من الاقتصاد", "أهم العناوين", "قد يهمك",
        "مواضيع مقترحة", "من نفس القسم", "أبرز الأخبار", "تابع أيضا",
    ];

    private static readonly string[] Icons = ["", "", "🔗 ", "📌 ", "▪ ", "■ "];
    private static readonly string[] Ends = ["", ":", " :", " »", ".."];
    private static readonly string[] Bullets = ["• ", "▪ ", "◄ ", "* ", "- ", "{0}) ", "{0}- ", "{0}. ", "({0}) "];
    private static readonly string[] Times = ["منذ ٢٩ دقيقة", "قبل ساعتين", "الجمعة، 9 أكتوبر 2012", "الخميس، ٢٩ نوفمبر ٢٠١٣", "12 مارس 2014", "منذ 3 ساعات"];

    // An age without its «منذ» is a time only after a separator one can see: a title may end in
    // a count of hours.
    private static readonly string[] BareAges = ["8 ساعة", "١٧ دقيقة", "2 دقيقة", "14 ساعة"];
    private static readonly string[] SeenSeparators = [" - ", " | ", "| ", " |"];
    private static readonly string[] Separators = [" - ", " | ", " – ", "  ", "| ", " |"];

    [Fact]
    public void A_header_in_any_wording_takes_the_items_below_it()
    {
        var r = new Random(7);
        var wrong = new List<string>();
        for (var n = 0; n < 300; n++)
        {
            var header = Icons[r.Next(Icons.Length)] + Headers[r.Next(Headers.Length)] + Ends[r.Next(Ends.Length)];
            var bullet = Bullets[r.Next(Bullets.Length)];
            var items = Titles.OrderBy(_ => r.Next()).Take(r.Next(2, 6)).ToList();
            var list = items.Select((t, i) => string.Format(System.Globalization.CultureInfo.InvariantCulture, bullet, Number(r, i + 1)) + t);
            var context = Clean.With(string.Join("\n\n", [.. Story, header, .. list]), new TailTrimmer());
            if (!context.BodyLines().SequenceEqual(Story) || !context.Teasers.Select(t => t.Text).SequenceEqual(items))
            {
                wrong.Add(header + " / " + bullet);
            }
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public void Items_that_each_carry_their_own_time_are_teasers_without_a_header()
    {
        var r = new Random(11);
        var wrong = new List<string>();
        for (var n = 0; n < 300; n++)
        {
            var items = Titles.OrderBy(_ => r.Next()).Take(r.Next(2, 5)).ToList();
            var list = items.Select(t => r.Next(4) == 0
                ? t + SeenSeparators[r.Next(SeenSeparators.Length)] + BareAges[r.Next(BareAges.Length)]
                : t + Separators[r.Next(Separators.Length)] + Times[r.Next(Times.Length)]).ToList();
            var context = Clean.With(string.Join("\n\n", [.. Story, .. list]), new TailTrimmer());
            if (!context.BodyLines().SequenceEqual(Story) || !context.Teasers.Select(t => t.Text).SequenceEqual(items))
            {
                wrong.Add(string.Join(" / ", list));
            }
        }
        Assert.Empty(wrong);
    }

    // The story's own lines may end in a count of hours with no separator before it.
    [Fact]
    public void Lines_ending_in_hours_with_no_separator_stay()
    {
        string[] lines = ["وتستمر أعمال الصيانة في الشارع الرئيسي 8 ساعات", "ويتوقف ضخ المياه عن الحي الشمالي ١٢ ساعة"];
        var context = Clean.With(string.Join("\n\n", [.. Story, .. lines]), new TailTrimmer());
        Assert.Equal([.. Story, .. lines], context.BodyLines());
    }

    // A feature's tips at its foot look like a bulleted list of titles: without a header or
    // their own times they are the story's.
    [Theory]
    [InlineData("* ")]
    [InlineData("- ")]
    [InlineData("{0}- ")]
    [InlineData("{0}) ")]
    public void A_bulleted_list_without_a_header_at_the_foot_stays(string bullet)
    {
        string[] tips =
        [
            "تحاشي تناول الأطعمة المقلية بأنواعها، خصوصا المقلية باستخدام الزيوت المهدرجة",
            "تقليل تناول الأطعمة المالحة لتخفيف الشعور بالعطش ولضبط معدلات ضغط الدم",
            "الحرص على تعويض الجسم بالكميات اللازمة من الماء والسوائل",
        ];
        var list = tips.Select((t, i) => string.Format(System.Globalization.CultureInfo.InvariantCulture, bullet, i + 1) + t).ToList();
        var context = Clean.With(string.Join("\n\n", [.. Story, .. list]), new TailTrimmer());
        Assert.Equal([.. Story, .. list], context.BodyLines());
    }

    // alriyadh 1072273: «.. أيها السادة ؛» announces the column's last paragraph.
    [Theory]
    [InlineData(".. أيها السادة ؛")]
    [InlineData("وخلاصة القول:")]
    [InlineData("أيها القراء الكرام ;")]
    public void A_paragraph_a_line_ending_in_colon_or_semicolon_announces_stays(string announcer)
    {
        const string Last = "شعورنا بنقص المال لا يحله رفع دخلك أو راتبك الشهري (فقد جربت كثيرا كيف تزداد احتياجاتك بازدياد راتبك) الحل الحقيقي يكمن في قدرتك على الادخار منه سواء زاد أو نقص!";
        var context = Clean.With(string.Join("\n\n", [.. Story, announcer, Last]), new TailTrimmer());
        Assert.Equal([.. Story, announcer, Last], context.BodyLines());
    }

    // sabq ujDgde: account numbers under their labels are the story's, not counters.
    [Fact]
    public void Numbers_under_labels_ending_in_a_colon_stay()
    {
        string[] accounts = ["حساب الوقف :", "٤٨٠٦٠٨٠١٠٠٨٩٠١٨", "حساب الزكاة :", "٤٨٠٦٠٨٠١٠٠٨٩٠٠٠", "حساب المكتب في بنك البلاد:", "9991126161900002"];
        var context = Clean.With(string.Join("\n\n", [.. Story, .. accounts]), new TailTrimmer());
        Assert.Equal([.. Story, .. accounts], context.BodyLines());
    }

    [Fact]
    public void A_bare_number_at_the_foot_under_a_sentence_is_still_a_counter()
    {
        var context = Clean.With(string.Join("\n\n", [.. Story, "81488"]), new TailTrimmer());
        Assert.Equal(Story, context.BodyLines());
    }

    // A block of titles set in the story, each under one mark: the story's next line below it,
    // bare or under another mark and ending on a full stop (an answer, a point), is no title.
    [Theory]
    [InlineData("ج: يشمل جميع المواطنين والمقيمين بحسب ما أعلنته وزارة التعليم.")]
    [InlineData("الجواب: عبر الموقع الإلكتروني للجهة وفق ما أوضحته المديرية العامة للدفاع المدني.")]
    [InlineData("٣- رفع كفاءة الخدمات المقدمة للمواطنين خلال المرحلة الأولى.")]
    public void The_storys_line_ending_on_a_full_stop_below_marked_titles_stays(string line)
    {
        foreach (var bullet in new[] { "▸ ", "• ", "◂ " })
        {
            string[] titles = [.. Titles[..3]];
            var context = Clean.With(string.Join("\n\n", [Story[0], "اقرأ كذلك في صحة", .. titles.Select(t => bullet + t), line, .. Story[1..]]), new TailTrimmer());
            Assert.Equal([Story[0], line, .. Story[1..]], context.BodyLines());
            Assert.Equal(titles, context.Teasers.Select(t => t.Text));
        }
    }

    // Under titles marked any way but by numbers (one bare, one under «»»), the story's numbered
    // points ending on a full stop go on below the block.
    [Fact]
    public void The_storys_numbered_points_below_titles_not_numbered_stay()
    {
        string[] titles = [Titles[3], "» " + Titles[1]];
        string[] points = ["1. تسهيل إجراءات التسجيل بحسب ما أعلنته الجمعية الخيرية.", "2- تمديد شروط القبول في جميع الفروع.", "٣. مراجعة شروط القبول في جميع الفروع."];
        var context = Clean.With(string.Join("\n\n", [Story[0], "اقرأ كذلك ⬇", .. titles, .. points, .. Story[1..]]), new TailTrimmer());
        Assert.Equal([Story[0], .. points, .. Story[1..]], context.BodyLines());
        Assert.Equal([Titles[3], Titles[1]], context.Teasers.Select(t => t.Text));
    }

    private static string Number(Random r, int n) =>
        r.Next(2) == 0 ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : ((char)('٠' + n)).ToString();
}
