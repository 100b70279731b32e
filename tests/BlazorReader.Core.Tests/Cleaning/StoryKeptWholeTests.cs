using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Paragraphs that an unseen dressing once cost the reader, by family: a link glued after the last
// sentence took its stop or the whole paragraph; a lead printed again below the foot was the
// story's only copy and went as a teaser; a dash aside after a source set apart was cut as a
// dateline; a stored story's lead with no paragraph above it was taken as a teaser of itself.
// Paragraphs are corpus text (SaudiNewsNet, Mazen Abdulaziz, CC BY-NC-SA 4.0: alriyadh 1070744,
// 1069426, 1067132 and 1067265, alwatan 27028, okaz 20150722785078); chrome, places and sites
// are made up.
public class StoryKeptWholeTests
{
    private const string Lead = "يعود المخرج الأرجنتيني بابلو ترابيرو للمنافسة في مهرجان البندقية السينمائي بفيلم \"إل كلان\" المأخوذ عن واقع حياة عائلة بوكسيو.";
    private const string Last = "يذكر أن عروض فيلم \"إل كلان\" ستنطلق في الأرجنتين في 13 أغسطس الجاري، فيما سيقام مهرجان البندقية في الفترة من 2 إلى 12 سبتمبر المقبل";

    public static TheoryData<string, string> GluedLinks()
    {
        // (the sentence's own end, the link glued to it): the link's ellipsis is three dots, so
        // a fourth is the sentence's stop, and two dots before a bare link word are the sentence's.
        var data = new TheoryData<string, string>();
        foreach (var link in new[] { "المزيد", "التفاصيل", "اقرأ المزيد" })
        {
            foreach (var space in new[] { "", " " })
            {
                data.Add(".", "..." + space + link);
                data.Add("..", space + link);
                data.Add("", "..." + space + link);
                data.Add(".", " " + link);
                data.Add(".", " .." + space + link);
            }
        }
        data.Add(".", " - ..اضغط هنا- أ ف ب");
        data.Add(".", " — اضغط هنا");
        data.Add("!", " | انقر هنا");
        return data;
    }

    [Theory]
    [MemberData(nameof(GluedLinks))]
    public void A_link_glued_to_the_last_sentence_goes_and_the_sentence_keeps_its_end(string end, string link)
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle($"{Lead}\n{Last}{end}{link}", "عنوان الخبر"));
        Assert.Equal([Lead, Last + end], cleaned.Blocks.Select(b => b.Text));
    }

    // A paragraph that happens to end on a credit after its stop is no picture's caption.
    [Fact]
    public void A_closing_sentence_with_chrome_and_a_credit_glued_on_is_no_caption()
    {
        const string Closing = "رحم الله الأمير سعود الفيصل، وجزاه عن شعبه وأمته خير الجزاء.";
        var cleaned = new ArticleCleaner().Clean(new RawArticle($"{Lead}\n{Closing} - ..اضغط هنا- أ ف ب\nروابط القناة:", "عنوان الخبر"));
        Assert.Contains(Closing, cleaned.Blocks.Select(b => b.Text));
        Assert.DoesNotContain(cleaned.Removed, r => r.Reason == "caption");
    }

    private const string OnlyParagraph = "معتمرة تستعد للجلوس على كرسي متحرك في الصالة الشمالية في مطار الملك عبدالعزيز في طريق عودتها إلى موطنها، بعد أن منَّ الله عليها بأداء العمرة خلال شهر رمضان، والصلاة في المسجد النبوي، منجزة بذلك رحلة العمر.";

    [Theory]
    [InlineData("🚨 القاهرة - ")]
    [InlineData("مراسلنا الخاص | ")]
    [InlineData("الرياض - واس: ")]
    public void A_lead_printed_again_below_the_foot_stays_in_the_lead_s_place(string label)
    {
        var raw = string.Join('\n', label + OnlyParagraph, "سياسة", "على تويتر @desk_news",
            "🔸غادر فريق الاتفاق لكرة القدم، إلى تركيا فجرا لإجراء معسكر تحضيري تأهبا لدوري الدرجة الأولى الموسم الجديد، مدته أسبوعان.",
            "المحتوى محمي بموجب حقوق الملكية ©2015", OnlyParagraph);
        var cleaned = new ArticleCleaner().Clean(new RawArticle(raw, "عنوان الخبر"));
        Assert.Equal(OnlyParagraph, cleaned.Blocks[0].Text);
        Assert.Single(cleaned.Blocks, b => b.Text == OnlyParagraph);
    }

    // The labelled copy keeps its place only as the first paragraph: elsewhere it goes as before.
    [Fact]
    public void A_labelled_copy_below_the_lead_still_goes()
    {
        var context = Clean.With(string.Join('\n', Lead, "الرياض - واس: " + OnlyParagraph, OnlyParagraph), new RepeatedParagraphRemover());
        Assert.Equal([Lead, OnlyParagraph], context.BodyLines());
    }

    // A copy printed under a quote's label inside the story is the page's; the one in its place
    // reads on from the paragraph above it.
    [Theory]
    [InlineData("اقتباس:")]
    [InlineData("المشاركة الأصلية كتبت بواسطة سارة العتيبي")]
    public void A_paragraph_quoted_under_a_label_above_its_place_keeps_its_place(string label)
    {
        const string Third = "وأضاف الزهراني أن البلاغات المرضية قاربت 85 بلاغاً خلال أيام العيد الثلاثة الماضية.";
        var context = Clean.With(string.Join('\n', Lead, label, Third, OnlyParagraph, Third), new RepeatedParagraphRemover());
        Assert.Equal([Lead, label, OnlyParagraph, Third], context.BodyLines());
    }

    // «المصدر:» before a quoted sentence reports what a source said; a credit names a source.
    [Fact]
    public void A_source_quoted_after_a_colon_is_no_credit()
    {
        const string Quoted = "المصدر: «تخرج عام 1940م، وحصل على العالمية مع إجازة التدريس عام 1943م».";
        var cleaned = new ArticleCleaner().Clean(new RawArticle($"{Lead}\n{Quoted}\n{Last}.", "عنوان الخبر"));
        Assert.Equal([Lead, Quoted, Last + "."], cleaned.Blocks.Select(b => b.Text));
        Assert.Null(cleaned.Attribution);
    }

    [Theory]
    [InlineData("طرابلس- «نداء أونلاين» ")]
    [InlineData("بيروت – (وكالة الأنباء المحلية) ")]
    public void A_dash_aside_after_a_source_set_apart_is_the_lead_s(string dateline)
    {
        const string Opening = "أصبحت عصي السيلفي - المنتشرة في المدن الأوروبية بقدر السائحين الذين يستخدمونها - مثيرة للجدل.";
        var cleaned = new ArticleCleaner().Clean(new RawArticle($"{dateline}{Opening}\n{Lead}", "عنوان الخبر"));
        Assert.EndsWith(Opening, cleaned.Blocks[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_lead_with_no_paragraph_above_it_is_this_story()
    {
        const string Paragraph = "رعى محافظ حوطة بني تميم مساعد بن عبدالرحمن السالم بحضور وكيل المحافظة عناد بن نجر العجرفي ورئيس بلدية محافظة حوطة بني تميم احتفالات العيد، وبعد الحفل الخطابي اقيمت العرضة السعودية التي شارك فيها المحافظ والمسؤولون.";
        var known = new KnownStories();
        known.Add("السالم رعى احتفالات العيد في حوطة بني تميم", Paragraph);
        var raw = string.Join('\n', "وهي لقطة للصفحة كما ظهرت في ٢٣-٠٧-٢٠١٥ - ٠٦:٤٤ GMT.", "موقع الأخبار : السالم رعى احتفالات العيد في حوطة بني تميم", Paragraph);
        var cleaned = new ArticleCleaner().Clean(new RawArticle(raw), known);
        Assert.Contains(Paragraph, cleaned.Blocks.Select(b => b.Text));
    }
}
