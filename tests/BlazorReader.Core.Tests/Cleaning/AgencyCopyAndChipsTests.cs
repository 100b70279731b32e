using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Chrome told by its shape wherever it stands: an agency's lines in Latin capitals, a video
// script's timecoded and sized shots and sound bites, counters as chips between dots or bars,
// a place «N من M», a file by its size, a button of a verb and «now», the copy's end in new
// words, a risk warning and an internal-use notice, a source index in square brackets before a
// paragraph. The wording here is made up by shape; each rule has the story's look-alike that
// must stay. Story lines are real corpus text (SaudiNewsNet, Mazen Abdulaziz, CC BY-NC-SA 4.0).
public class AgencyCopyAndChipsTests
{
    private static readonly string[] Story = StoryLines.Three;

    private static CleanedArticle Clean(params string[] lines) =>
        new ArticleCleaner().Clean(new RawArticle(string.Join('\n', lines), Title: "النهضة يتعاقد مع الرجاء والكسار"));

    [Theory]
    [InlineData("SLUG: GULF-FOOTBALL/TRANSFER")]
    [InlineData("ACCESS ALL. NO RESALE")]
    [InlineData("FILE NO: ٧٧٣١٢")]
    [InlineData("VOICEOVER (English) Adam Reid, coach:")]
    [InlineData("4. 00:01:12 مدربون في الملعب")]
    [InlineData("٠٠:٠٢:٠٥ - جمهور عند البوابة")]
    [InlineData("٢) لقطة قريبة للاعبين")]
    [InlineData("مقتطف صوتي (فرنسي) مدرب الفريق:")]
    [InlineData("— الجزء ٣ من 9 —")]
    [InlineData("الشريط: 4 من ١٢")]
    [InlineData("٤٨ إعجاباً · ٣ تعليقاً")]
    [InlineData("قرأه 1520 شخصاً")]
    [InlineData("تم تداولها ٨١ مرة اليوم")]
    [InlineData("المطالعات: 940")]
    [InlineData("مؤيد 52% | معارض ٤٨%")]
    [InlineData("أعدّه: قسم الرياضة · قبل ٥ ساعات")]
    [InlineData("سارة العتيبي · ٤ دقائق قراءة")]
    [InlineData("ملف الجدول · 640 KB")]
    [InlineData("احجز الآن")]
    [InlineData("Subscribe now")]
    [InlineData("تنزيل النشرة")]
    [InlineData("افتح في التطبيق")]
    [InlineData("== انتهت ==")]
    [InlineData("[نهاية الخبر]")]
    [InlineData("تنبيه المخاطر: أسعار الأسهم تتقلب وقد تفقد جزءاً من مالك.")]
    [InlineData("هذه النشرة للاستخدام الداخلي فقط")]
    [InlineData("صدر بتاريخ: 6 آب 2015")]
    [InlineData("تاريخ التصوير: 2015/08/08")]
    [InlineData("الاستشهاد المقترح:")]
    [InlineData("فهد العتيبي، «تجهيز مراكز الانتخاب»، مركز الدراسات الإقليمية، 2015-08-11.")]
    [InlineData("Sara Khan, «مستقبل النقل العام», معهد المدن, July 30, 2015")]
    public void A_line_of_chrome_goes_wherever_it_stands(string chrome)
    {
        foreach (string[] page in new string[][] { [chrome, .. Story], [Story[0], chrome, Story[1], Story[2]], [.. Story, chrome] })
        {
            var cleaned = Clean(page);

            Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
        }
    }

    [Theory]
    [InlineData("[4] ")]
    [InlineData("⟦١٢⟧ ")]
    [InlineData("(00:02:41) ")]
    public void A_mark_before_the_story_s_line_goes_however_short_the_line(string mark)
    {
        const string Short = "تشاد - سيراليون";
        var cleaned = Clean(Story[0], mark + Short, Story[1]);

        Assert.Equal([Story[0], Short, Story[1]], cleaned.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("وماذا الآن؟")]
    [InlineData("(1) أن يكون المتقدم سعودي الجنسية.")]
    [InlineData("وبلغت نسبة المؤيدين 52%، مقابل 48% للمعارضين.")]
    [InlineData("وفي تمام الساعة 10:30:15 انطلقت القافلة من الرياض.")]
    [InlineData("الرغبة الأولى: علوم الحاسب – الكلية الجامعية بحقل.")]
    [InlineData("المادة الخامسة: لا يجوز نشر البيانات الشخصية للمرضى.")]
    [InlineData("مع نهاية القصة يكتشف البطل أن الوطن لا يغيب.")]
    [InlineData("الحالة: مستقرة، بحسب ما أكده المتحدث.")]
    [InlineData("وتأتي النسخة الجديدة بذاكرة 128 GB وشاشة أكبر من سابقتها.")]
    [InlineData("وقال المدرب إن فريقه FC Porto «جاهز»، مضيفا أن UEFA أبلغت النادي.")]
    [InlineData("وقال فهد العتيبي، مدير المركز، إن «الخطة جاهزة»، مضيفا أن التنفيذ يبدأ في 2015.")]
    public void The_story_s_look_alike_stays(string line)
    {
        var cleaned = Clean(Story[0], line, Story[1], Story[2]);

        Assert.Equal([Story[0], line, Story[1], Story[2]], cleaned.Blocks.Select(b => b.Text));
    }

    // Under a read-also header a page may mark its items each its own way, or leave the first
    // bare: every one goes as another story, and the story above stays whole.
    [Theory]
    [InlineData("1. ", "٢. ", "", "• ", "5. ")]
    [InlineData("", "2. ", "3. ", "• ", "")]
    public void Items_under_a_header_in_mixed_marks_go_as_other_stories(string first, string second, string third, string fourth, string fifth)
    {
        string[] titles =
        [
            "إنشاء أول محطة للطاقة الشمسية في الأفلاج",
            "وكيل إمارة الباحة يتفقد مهرجان بلجرشي الصيفي",
            "الأفلاج تعايد أبناء الإسكان التنموي — منذ 4 ساعات",
            "اقتصاديون: إصدار السندات الخيار الأنسب لسد العجز",
            "والدة متزلج تشاهد قرشاً يهاجم ابنها مباشرة (فيديو)",
        ];
        string[] marks = [first, second, third, fourth, fifth];

        var cleaned = Clean([.. Story, "أخبار ذات صلة", .. titles.Select((t, i) => marks[i] + t), "جميع الحقوق محفوظة لصحيفة الجزيرة ٢٠١٥"]);

        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
        Assert.Equal(5, cleaned.Teasers.Count);
    }

    // Below a read-also block the story reads on in a paragraph; other stories in mixed marks
    // further down do not make the paragraph one of them (a bare line is read with marked
    // titles only at a title's length).
    [Fact]
    public void The_story_s_paragraph_under_a_read_also_block_stays_above_a_list_in_mixed_marks()
    {
        var cleaned = Clean(Story[0], "اقرأ أيضاً:", "\"رعاية الشباب واتحاد القدم\" يهددان الأندية المديونة بالحرمان", Story[1], Story[2], "Paling Popular",
            "« الشمري: زبائننا من 70 مكانا", "- استشهاد 4 وإصابة 8 في اعتداءات من الأراضي اليمنية", "⬅ خيمة الطفل تهزم التكنولوجيا وتخطف اهتمام الأطفال",
            "Hak Cipta Terpelihara © 2015");

        // What the list below is left as is another matter: the story must come back whole.
        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text).Take(Story.Length));
    }

    // «الأكثر تداولاً اليوم» heads the list: its tanween and its day are no title.
    [Theory]
    [InlineData("الأكثر تداولاً اليوم")]
    [InlineData("الأكثر تعليقاً هذا الأسبوع")]
    public void A_most_read_header_in_full_heads_the_list_and_is_no_title(string header)
    {
        string[] titles = ["منتدى وطني لتنمية استثمارات سيدات الأعمال", "منتدى الاقتصاد الخليجي الأردني في سبتمبر المقبل"];

        var cleaned = Clean([.. Story, header, .. titles, "جميع الحقوق محفوظة لصحيفة الجزيرة ٢٠١٥"]);

        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
        Assert.Equal(titles, cleaned.Teasers.Select(t => t.Text));
    }
}
