using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// The lines above the lead as families: a dateline made of parts (place, agency, paper,
// reporter) in any order and with any mark, glued to the lead; a name alone under the page's
// chrome; the headline printed again even where it ends as a sentence does. Real leads from
// the corpus; each generated variant must come out as the lead alone.
public class HeadFamilyTests
{
    private const string Lead = "شهدت شواطئ محافظات ومراكز منطقة تبوك الواقعة على ساحل البحر الأحمر منذ أول أيام عيد الفطر المبارك إقبالا كبيرا من الأهالي والزوار.";

    private static readonly string[] Places = ["عنيزة", "بريدة", "خميس مشيط", "سكاكا", "عرعر", "المنامة", "الخرطوم", "مسقط", "أنقرة"];
    private static readonly string[] Agencies = ["واس", "رويترز", "أ ف ب", "د ب أ", "كونا", "وام"];
    private static readonly string[] Sites = ["المرصد", "البوابة", "أخبار 24", "الميدان", "صدى", "نبض الشمال"];
    private static readonly string[] Dashes = [" - ", "- ", " – ", "–", " ـ ", " — "];

    [Fact]
    public void A_dateline_of_place_agency_or_site_in_any_order_and_mark_is_cut_off_the_lead()
    {
        var r = new Random(5);
        var wrong = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            var place = Places[r.Next(Places.Length)];
            var agency = Agencies[r.Next(Agencies.Length)];
            var dash = Dashes[r.Next(Dashes.Length)];
            var prefix = r.Next(5) switch
            {
                0 => $"{place}{dash}{agency}{dash}",
                1 => $"({agency}){dash}{place}: ",
                2 => $"{place}/ {Sites[r.Next(Sites.Length)]}: ",
                3 => $"{place} ({agency}){dash}",
                _ => $"{place}{dash}«{Sites[r.Next(Sites.Length)]}»: ",
            };
            var context = Clean.With($"{prefix}{Lead}", new HeadTrimmer());
            if (context.BodyLines() is not [Lead])
            {
                wrong.Add(prefix);
            }
        }
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("بدر الجبل- سبق- متابعة: ")]
    [InlineData("مروان المريسي - سبق - رنيه: ")]
    [InlineData("* واشنطن - «الشرق الأوسط»: ")]
    public void A_dateline_read_the_longest_way_is_cut_whole(string prefix)
    {
        var context = Clean.With($"{prefix}{Lead}", new HeadTrimmer());
        Assert.Equal([Lead], context.BodyLines());
    }

    // Lists in a story part titles and names with a bar as pages part bylines.
    [Theory]
    [InlineData("10. Blue Collar | Paul Schrader (USA)")]
    [InlineData("3. Tristana | Luis Bunuel (France / Spain)")]
    public void A_bar_parted_list_item_is_no_byline_at_the_foot(string line)
    {
        Assert.False(BylineLines.IsPaperByline(line));
    }

    [Theory]
    [InlineData("قال وزير الخارجية - في تصريح صحفي - إن المحادثات ستستأنف الأسبوع المقبل في جنيف بعد توقف دام شهرين.")]
    [InlineData("السؤال: هل تستطيع الأسواق الخليجية أن تتجاوز أثر هبوط أسعار النفط خلال الأشهر المقبلة من هذا العام؟")]
    [InlineData("في عام 2015: سجلت المملكة أعلى معدل لاستقبال المعتمرين منذ بدء التسجيل الإلكتروني للتأشيرات والخدمات.")]
    public void A_lead_that_opens_with_a_clause_before_a_mark_is_kept_whole(string lead)
    {
        var context = Clean.With(lead, new HeadTrimmer());
        Assert.Equal([lead], context.BodyLines());
    }

    [Theory]
    [InlineData("عبدالله المطيري")]
    [InlineData("فيصل بن سارة الحربي")]
    [InlineData("د. عبير آل سعود")]
    [InlineData("محمد عبد الله الشيخي")]
    [InlineData("عبدالإله بامحسون")]
    public void A_name_alone_below_the_pages_chrome_is_the_byline(string name)
    {
        var context = Clean.With(new RawArticle($"الصورة: متعب بن عبدالله\n{name}\n{Lead}", Title: "عنوان آخر"), new HeadTrimmer());
        Assert.Equal(name, context.Byline);
        Assert.Equal([Lead], context.BodyLines());
    }

    [Theory]
    [InlineData("عبدالله المطيري")]
    [InlineData("على الهامش")]
    [InlineData("ملك المملكة العربية السعودية")]
    [InlineData("جمال الطبيعة")]
    public void A_name_or_phrase_that_opens_the_text_stays(string line)
    {
        var context = Clean.With(new RawArticle($"{line}\n{Lead}", Title: "عنوان آخر"), new HeadTrimmer());
        Assert.Equal([line, Lead], context.BodyLines());
    }

    [Fact]
    public void The_headline_printed_again_is_found_even_where_it_ends_as_a_sentence()
    {
        const string title = "عراقجي: أي قرارات بعد انتهاء مدة الاتفاق النووي «ليست ذات مصداقية»";
        var context = Clean.With(new RawArticle($"{title}\nالجمعة ١٩ ابريل ٢٠١٣م\nكتبت – مشاري التميمي\n{Lead}", Title: title), new HeadTrimmer());
        Assert.Equal([Lead], context.BodyLines());
    }

    [Fact]
    public void A_lead_that_retells_the_headline_in_its_own_order_stays()
    {
        const string lead = "سجلت ألمانيا رقما قياسيا جديدا في عدد المهاجرين خلال عام 2014";
        var context = Clean.With(new RawArticle($"{lead}\n{Lead}", Title: "ألمانيا تسجل رقما قياسيا جديدا في عدد المهاجرين"), new HeadTrimmer());
        Assert.Empty(context.Removed.Select(r => r.Reason + ": " + r.Text));
        Assert.Equal([lead, Lead], context.BodyLines());
    }

    // Under menus and ranked lists no step names, the headline stands lower than the few lines
    // above the lead that are read line by line; printed again with a label or the site's name,
    // it is still the page's.
    [Theory]
    [InlineData("موضوع: {0}")]
    [InlineData("{0} | الاقتصادية")]
    [InlineData("دنيا الوطن | {0}")]
    [InlineData("{0}")]
    public void The_headline_printed_again_below_the_page_s_chrome_goes(string printed)
    {
        const string title = "أمانة جدة تنفي وضع كاميرات مراقبة في الكورنيش";
        var chrome = new[] { "الرئيسية", "محليات", "رياضة", "اقتصاد", "الأكثر قراءة", "طقس جدة 34", "منوعات" };
        var raw = string.Join('\n', chrome.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, printed, title)).Append(Lead));
        var context = Clean.With(new RawArticle(raw, Title: title), new HeadTrimmer());
        Assert.DoesNotContain(context.BodyLines(), l => l.Contains(title, StringComparison.Ordinal));
        Assert.Equal(Lead, context.BodyLines()[^1]);
    }

    [Theory]
    [InlineData("نشر بواسطة: ريم المالكي")]
    [InlineData("أضيف بواسطة: حسن آل سعود")]
    [InlineData("Written by John Brown")]
    [InlineData("الناشر: صحيفة المرصد")]
    [InlineData("الكاتب بدر السلمي")]
    [InlineData("حوار: سعد بن تركي الفيصل –تحرير: محمد بن فيصل الغامدي")]
    [InlineData("تغطية: نورة الفيصل، مراجعة: عبدالله بن تركي الدوسري")]
    [InlineData("نورة البقمي (محرر عكاظ) · الرياض")]
    [InlineData("إبراهيم العنزي (مراسل اليوم) - مكة المكرمة")]
    public void A_byline_that_says_who_posted_it_goes(string byline)
    {
        var context = Clean.With(new RawArticle($"{byline}\n{Lead}"), new HeadTrimmer());
        Assert.Equal([Lead], context.BodyLines());
    }

    [Theory]
    [InlineData("الرئيس (محرر الاتفاق) يصل إلى جدة اليوم")]
    [InlineData("تحرير: الرياض تستضيف القمة الخليجية بعد غد وسط ترقب")]
    public void A_headline_with_a_role_in_brackets_or_one_credit_s_word_stays(string line) => Assert.False(BylineLines.IsByline(line));

    [Fact]
    public void A_headline_about_a_writer_stays()
    {
        const string line = "الكاتب السعودي عبده خال يصدر رواية جديدة";
        Assert.False(BylineLines.IsByline(line));
    }

    // A byline glued before a numbered column's first tip: the number opens the story's list.
    [Fact]
    public void A_byline_cut_off_the_lead_leaves_the_list_s_first_number()
    {
        // aljazirah 20150807 jd1 (SaudiNewsNet, CC BY-NC-SA 4.0); the byline's dress is made up.
        const string first = "1 - ليس جمال الجسد إلا واجهة فقط والناس تبحث عن جمال الروح، فعليك الاهتمام بجمال عقلك مع الحرص على مظهرك لتكون جميلا قلبا وقالبا.";
        const string second = "2 - إن أول ما يترك انطباعا عند الآخرين هو المظهر الخارجي، لذا عليكِ أن تهتمي بملابسك، ولا يعني هذا أنها يجب أن تكون باهظة الثمن.";
        var context = Clean.With(new RawArticle($"بقلم - سلمان بن أحمد الزهراني - {first}\n{second}"), new HeadTrimmer());
        Assert.Equal([first, second], context.BodyLines());
    }

    // A poem titled by the opening of one of its verses: the verse stays (okaz 20150806787846,
    // aljazirah 20150731 cu5; SaudiNewsNet, CC BY-NC-SA 4.0).
    [Theory]
    [InlineData("لا تلتمس الظل", "امضِ في طريق النار حتى بوجود الأشجار الضخمة الوارفة الظلال،", "لا تلتمس الظل من أوراقها..")]
    [InlineData("ربما", "كنت ذات يوم هنا...", "ربما تستوقفني اللحظة...")]
    public void A_verse_that_opens_with_a_short_title_stays(string title, string above, string verse)
    {
        var raw = string.Join('\n', above, verse, Lead);
        var context = Clean.With(new RawArticle(raw, Title: title), new HeadTrimmer());
        Assert.Contains(verse, context.BodyLines());
    }

    [Fact]
    public void A_caption_that_opens_on_the_word_for_site_is_no_credit() => Assert.Null(CreditLines.Who("= موقع الحريق بعد إخماده"));
}
