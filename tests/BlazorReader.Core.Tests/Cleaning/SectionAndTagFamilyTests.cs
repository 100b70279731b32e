using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Section names and tag lists as families: labels with or without a colon, items split by any
// mark or by spaces, the section closing the list, breadcrumbs from the home page in any
// arrow. Body lines opening with the same words (taken from the corpus) stay.
public class SectionAndTagFamilyTests
{
    private static readonly string[] Sections = ["سياسة", "اقتصاد", "الرياضة", "محليات", "دوليات", "منوعات", "صحة", "تقنية", "مجتمع", "حوادث", "تقارير",
        "ثقافة وفنون", "الخليج", "عربي ودولي", "أخبار المملكة", "أخبار مصر", "أخبار الخليج", "الشأن المحلي", "الشأن العربي", "علوم وتكنولوجيا", "آراء"];

    private static readonly string[] Words = ["رجال", "سلامة", "الإرهاب", "التفجير", "بريدة", "مهرجان", "المرأة", "الانتخابات", "الدوري", "الفتح", "باريس", "غداً", "يدشن", "مركز", "الهلالية"];

    private static readonly string[] Separators = [" , ", "، ", " / ", " | ", " - ", " #", " "];

    private static readonly string[] Labels = ["وسوم", "الوسوم", "كلمات مفتاحية", "كلمات دلالية", "الكلمات الدلالية", "الكلمات المفتاحية", "Tags", "مواضيع", "القسم", "التصنيف"];

    private static string TagLine(Random r)
    {
        var separator = Separators[r.Next(Separators.Length)];
        var items = Words.OrderBy(_ => r.Next()).Take(r.Next(1, 5)).Append(Sections[r.Next(Sections.Length)]);
        var list = string.Join(separator, items);
        var label = Labels[r.Next(Labels.Length)] + (r.Next(3) == 0 ? ":" : "");
        return separator == " #" ? $"{label} #{list}" : $"{label} {list}";
    }

    [Fact]
    public void Labelled_tag_lists_closed_by_the_section_are_tags_with_any_separator()
    {
        var r = new Random(14);
        var lines = Enumerable.Range(0, 400).Select(_ => TagLine(r)).ToList();
        List<string> missed = [.. lines.Where(l => ChromeRemover.ReasonFor(l) != "tags")];
        Assert.Empty(missed);
    }

    [Fact]
    public void Tag_lists_with_an_unambiguous_label_need_no_section()
    {
        string[] lines = ["وسوم رجال , سلامة , الآخرين", "كلمات مفتاحية أهمية | الدوري", "الوسوم المرأة، المجتمع", "كلمات دلالية للأسبوع / الهلالية"];
        Assert.All(lines, l => Assert.Equal("tags", ChromeRemover.ReasonFor(l)));
    }

    [Fact]
    public void A_section_name_alone_or_a_breadcrumb_is_navigation_at_the_edges()
    {
        string[] homes = ["الرئيسية", "الصفحة الرئيسية", "Home"];
        string[] arrows = [" › ", " ‹ ", " » ", " > ", " / ", " → "];
        var r = new Random(21);
        var lines = Sections.Concat(Enumerable.Range(0, 200).Select(_ => homes[r.Next(homes.Length)] + arrows[r.Next(arrows.Length)] + Sections[r.Next(Sections.Length)])).ToList();
        List<string> missed = [.. lines.Where(l => !FooterLines.IsNavigation(l))];
        Assert.Empty(missed);
    }

    [Theory]
    [InlineData("مواضيع كثيرة وشيقة قدمها الشيباني في حلقة # قطمة_رز !، سلطت الضوء على أهم ما تناولته وسائل الإعلام السعودية طيلة الأسبوعين الماضيين بتعليقاته الساخرة المعتادة.")]
    [InlineData("سياسة الاحتواء لن تأتي بنتيجة مع هؤلاء الحاقدين النافثين لسمومهم كما لو أنهم ألد الخصوم!")]
    [InlineData("أخبار الانتصار على فرق من الميليشيات التي أصبحت إما مشتتة في الصحراء أو متحصنة في بعض المدن، وهروب عناصر من الدواعش، لا تعني أن كل ما يصل من أنباء يسعد السامعين.")]
    [InlineData("القسم الأول من المشروع يضم المباني الإدارية والمستودعات")]
    [InlineData("مواضيع عدة طرحت في اللقاء")]
    public void Body_lines_opening_with_a_label_or_section_word_stay(string line)
    {
        Assert.Null(ChromeRemover.ReasonFor(line));
        Assert.False(FooterLines.IsNavigation(line));
    }

    [Theory]
    [InlineData("سياسة جديدة")]
    [InlineData("سياسة استرجاع التذاكر")]
    [InlineData("سياسة إيرانية عفى عليها الزمن")]
    [InlineData("«الشؤون البلدية والقروية»:")]
    [InlineData("الشؤون الإسلامية")]
    public void Corpus_subheadings_opening_with_a_section_word_are_no_navigation(string line) =>
        Assert.False(FooterLines.IsNavigation(line));
}
