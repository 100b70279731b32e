using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// The body/teaser boundary by shape: how leads open (a verb whose first letter is و or ف,
// in any person and spelling), how a story's own paragraph points back at it, and teasers
// as a run. Variants are generated; the body-like lines kept are corpus text (SaudiNewsNet:
// alriyadh 1070778).
public class TeaserBoundaryShapeTests
{
    private static readonly string[] OwnLetterVerbs =
        ["وصل", "واصل", "وافق", "وقع", "وقّع", "فتح", "وضع", "وجه", "وجّه", "واجه", "فاجأ", "فرض", "فشل", "وزع", "وزّع", "فاز", "وثق", "وصف", "وفر", "فارق", "وقف", "واكب", "فند"];

    private static readonly string[] PastEndings = ["", "ت", "وا", "تا"];

    private static readonly string[] Subjects =
        ["الفريق الأول لكرة القدم إلى جدة أمس", "وزارة الصحة على خطة جديدة", "الهيئة العامة للسياحة، ظهر اليوم، مذكرة تفاهم", "السلطات التركية تحقيقا ثانيا"];

    public static TheoryData<string> OwnLetterVerbLeads()
    {
        var data = new TheoryData<string>();
        var r = new Random(20150721);
        foreach (var verb in OwnLetterVerbs)
        {
            foreach (var ending in PastEndings)
            {
                data.Add($"{r.GetItems(["", "- ", "«"], 1)[0]}{verb}{ending} {Subjects[r.Next(Subjects.Length)]}.");
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(OwnLetterVerbLeads))]
    public void A_verb_whose_own_first_letter_is_waw_or_fa_opens_a_lead(string line)
    {
        Assert.False(ParagraphOpening.Continues(line));
    }

    [Theory]
    [MemberData(nameof(OwnLetterVerbLeads))]
    public void The_same_verb_behind_a_joined_conjunction_continues_the_story(string line)
    {
        var opening = line.TrimStart('-', ' ', '«');
        Assert.True(ParagraphOpening.Continues("و" + opening));
        Assert.True(ParagraphOpening.Continues("كما " + opening));
    }

    [Theory]
    [InlineData("فقد أكد المتحدث أن الحملة مستمرة حتى نهاية الشهر")]
    [InlineData("وقد وصلت الطائرة الإغاثية إلى مطار عدن")]
    [InlineData("ووصل الوفد إلى الرياض مساء أمس")]
    public void A_conjunction_before_such_a_verb_still_continues(string line)
    {
        Assert.True(ParagraphOpening.Continues(line));
    }

    public static TheoryData<string> PointingBack()
    {
        var data = new TheoryData<string>();
        foreach (var verb in new[] { "يعد", "تعد", "يأتي", "تأتي", "يمثل", "ويعد", "يعتبر" })
        {
            foreach (var pointer in new[] { "هذا الحادث", "هذه الخطوة", "ذلك القرار", "تلك التصريحات", "ذلك،", "هذا." })
            {
                data.Add($"{verb} {pointer} الأحدث في سلسلة من الأحداث المماثلة خلال الأشهر الماضية");
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PointingBack))]
    public void A_paragraph_that_points_back_at_the_story_continues_it(string line)
    {
        Assert.True(ParagraphOpening.Continues(line));
    }

    [Theory]
    [InlineData("أعلنت الوزارة أن هذا القرار يدخل حيز التنفيذ مطلع الشهر المقبل")]
    [InlineData("أكد هذا المسؤول أن الخطة ستنفذ على مراحل")]
    [InlineData("طالب عدد من أهالي الحي بإنشاء حديقة عامة في هذه المنطقة")]
    public void A_lead_that_names_this_or_that_further_on_does_not(string line)
    {
        Assert.False(ParagraphOpening.Continues(line));
    }

    private static readonly string[] StoryParagraphs =
    [
        "أعلنت وزارة الصحة اليوم تسجيل حالات جديدة من الحمى في عدة مناطق من المملكة خلال الأسبوع الماضي.",
        "وقالت الوزارة في بيان إن الفرق الطبية تتابع حالات الحمى وتقدم الرعاية اللازمة للمرضى في المستشفيات.",
        "وأضافت أن حالات الحمى مستقرة وأن الفحوص مستمرة في جميع المستشفيات الحكومية والخاصة بالمناطق.",
        "وأوضحت الوزارة أن الفرق الطبية زارت المستشفيات في المناطق التي سجلت فيها حالات الحمى هذا الأسبوع.",
        "من جهتها، دعت هيئة الهلال الأحمر المواطنين إلى مراجعة المستشفيات عند ظهور أعراض الحمى على الفور.",
    ];

    private static readonly string[] OtherLeads =
    [
        "وصلت بعثة الفريق الأول لكرة القدم بنادي هجر إلى العاصمة النمساوية فيينا لإقامة معسكرها الإعدادي للموسم المقبل.",
        "أطلقت هيئة السياحة والتراث الوطني برنامجا صيفيا جديدا يشمل عشرين مدينة بمشاركة مئات الشركات الوطنية.",
        "فرضت الحكومة الأمريكية أمس الثلاثاء عقوبات على عدد من الشركات المتهمة بتهريب النفط عبر موانئ الخليج.",
        "استعادت المقاومة الشعبية وجيش الشرعية القصر الرئاسي بحي التواهي في عدن، أمس وأحكموا سيطرتهم عليه.",
    ];

    private static CleanedArticle CleanStory(IEnumerable<string> below, KnownStories? known = null) =>
        new ArticleCleaner().Clean(new RawArticle(string.Join('\n', StoryParagraphs.Concat(below)), Title: "الصحة تسجل حالات جديدة من الحمى"), known);

    [Theory]
    [InlineData(3, "")]
    [InlineData(4, "")]
    [InlineData(3, "شارك عبر: تويتر | فيسبوك | واتساب")]
    public void Takes_a_run_of_other_stories_leads_with_no_footer_below(int count, string below)
    {
        var cleaned = CleanStory([.. OtherLeads.Take(count), below]);
        Assert.Equal(OtherLeads.Take(count), cleaned.Teasers.Select(t => t.Text));
        Assert.Equal(StoryParagraphs, cleaned.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Keeps_the_story_s_own_last_paragraphs_that_open_without_a_connective()
    {
        string[] ending =
        [
            "تستمر حملة الوزارة على الحمى في المستشفيات الحكومية والخاصة حتى نهاية الشهر في جميع المناطق.",
            "يعد هذا الارتفاع في حالات الحمى الأعلى منذ بداية العام بحسب بيانات الوزارة والمستشفيات.",
            "سجلت المستشفيات في المناطق الجنوبية أكثر حالات الحمى هذا الأسبوع بحسب الفرق الطبية.",
        ];
        var cleaned = CleanStory(ending);
        Assert.Empty(cleaned.Teasers);
        Assert.Equal(StoryParagraphs.Concat(ending), cleaned.Blocks.Select(b => b.Text));
    }

    // alriyadh 1070778: below the lead, two lines that name stored articles (a «related» list
    // without its heading), then the story's own paragraph that points back at it: the lines
    // naming stored articles do not carry it away.
    [Fact]
    public void At_import_keeps_a_paragraph_that_points_back_below_lines_naming_stored_articles()
    {
        const string lead = "قتلت قوات الشرطة الامريكية الأربعاء مسلحا دخل دار سينما فى تنيسي ببندقية وفأس صغير، بحسب متحدث باسم الشرطة.";
        const string own = "يعد هذا الحادث الأحدث فى سلسلة هجمات استهدفت عددا من دور السينما والمسارح فى الولايات المتحدة، وقال المتحدث أنه ربما يكون هناك شخص قد أصيب.";
        string[] stored = ["«موبايلي» تدعم حملة الانتخابات البلدية برسائل نصية", "الفنزويلي يوهاندري يحصل على الجنسية اللبنانية من أجل الاتحاد"];
        var known = new KnownStories();
        known.Add(stored[0], null);
        known.Add(stored[1], null);
        var raw = new RawArticle($"{lead}\n{stored[0]}\n{stored[1]}\n{own}\nجميع حقوق النشر والطبع محفوظة © صحيفة الرياض", Title: "مقتل مسلح في دار سينما بولاية تنيسي");
        var cleaned = new ArticleCleaner().Clean(raw, known);
        Assert.Equal(own, cleaned.Blocks[^1].Text);
        Assert.DoesNotContain(cleaned.Teasers, t => t.Text == own);
    }
}
