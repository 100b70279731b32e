using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Chrome found by its shape and by the language, not by its words: the names, places and
// sources below are made up, so only structure can tell them. Each generated line must go;
// the story's own lines of the same look (real corpus sentences) must stay.
public class ChromeByStructureTests
{
    private const string Lead = "شهدت شواطئ محافظات ومراكز منطقة تبوك الواقعة على ساحل البحر الأحمر منذ أول أيام عيد الفطر المبارك إقبالا كبيرا من الأهالي والزوار.";
    private const string Second = "وأوضح مدير الدفاع المدني أن الفرق الميدانية انتشرت على امتداد الشواطئ لتقديم الخدمات للمتنزهين طوال أيام العيد.";

    // Words no list in the cleaner holds: a made-up town, a made-up site, a made-up agency.
    private static readonly string[] Towns = ["زرقون", "بلدة النخيلة", "وادي سلهم", "قرطون"];
    private static readonly string[] Sites = ["نافذة الشمال", "المرصاد نت", "بوابة الفجر", "زاجل"];
    private static readonly string[] Initials = ["ق ن ع", "و.ش.ف", "ي ج أ"];
    private static readonly string[] Dates = ["12 مايو 2015", "2015/7/21", "الأحد 3 أغسطس 2014", "9 رجب 1436هـ"];
    private static readonly string[] Dashes = [" - ", "- ", " – ", " ـ ", " — "];

    [Fact]
    public void A_dateline_of_unknown_parts_glued_before_the_lead_is_cut_off()
    {
        var r = new Random(14);
        var wrong = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            var town = Towns[r.Next(Towns.Length)];
            var site = Sites[r.Next(Sites.Length)];
            var dash = Dashes[r.Next(Dashes.Length)];
            var prefix = r.Next(5) switch
            {
                0 => $"{town}/{Initials[r.Next(Initials.Length)]}/ ",
                1 => $"{town}، {Dates[r.Next(Dates.Length)]} ({Initials[r.Next(Initials.Length)]}){dash}",
                2 => $"{site} | ",
                3 => $"«{site}»{dash}{town}{dash}",
                _ => $"{town}{dash}{site}{dash}",
            };
            var context = Clean.With($"{prefix}{Lead}\n{Second}", new HeadTrimmer());
            if (context.BodyLines() is not [Lead, Second])
            {
                wrong.Add(prefix);
            }
        }
        Assert.Empty(wrong);
    }

    // Real openings with a mark in their first words: speech, a future verb, a list item.
    [Theory]
    [InlineData("سيغادر – بمشيئة الله تعالى – يوم غد الخميس 14 / 10 / 1436هـ إلى جمهورية مصر العربية في زيارة رسمية.")]
    [InlineData("نسمع بعضهم يقول: رِضَاب بكسر الراء يريد به ريق الإنسان، والصواب أنه بضم الراء كما في المعاجم.")]
    [InlineData("تبنى البرلمان اليوناني ليل الاربعاء/ الخميس الشق الثاني من تدابير الدائنين بعد نقاش طويل في الجلسة.")]
    [InlineData("أشارت لـ «الاقتصادية» مصادر مطلعة إلى أن الهيئة تدرس رفع الرسوم على الشركات الأجنبية العاملة في المملكة.")]
    [InlineData("1917 - الحرب العالمية الأولى: بريطانيا تحتل القدس بعد معارك طويلة مع الجيش العثماني في فلسطين.")]
    public void A_lead_that_opens_with_a_clause_before_a_mark_stays_whole(string lead)
    {
        var context = Clean.With($"{lead}\n{Second}", new HeadTrimmer());
        Assert.Equal([lead, Second], context.BodyLines());
    }

    [Fact]
    public void The_headline_printed_with_a_label_or_the_sites_name_beyond_a_mark_is_taken()
    {
        const string title = "وصول طائرة الإغاثة الرابعة إلى عدن";
        string[] shapes = ["{0}| {1}", "{0} » {1}", "{1} » {0}", "{1}| {0}", "{0}: {1}", "{1} - {0}", "{1}..{0}"];
        var wrong = new List<string>();
        foreach (var site in Sites)
        {
            foreach (var shape in shapes)
            {
                var line = string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, site, title);
                var context = Clean.With(new RawArticle($"{line}\n{Lead}\n{Second}") { Title = title }, new HeadTrimmer());
                if (context.BodyLines() is not [Lead, Second])
                {
                    wrong.Add(line);
                }
            }
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public void A_line_above_the_lead_that_only_shares_some_words_with_the_headline_stays()
    {
        const string kicker = "وصول طائرة الإغاثة الرابعة إلى عدن بعد توقف الرحلات أسبوعين";
        var context = Clean.With(new RawArticle($"{kicker}\n{Lead}\n{Second}") { Title = "وصول طائرة الإغاثة الرابعة إلى عدن" }, new HeadTrimmer());
        Assert.Contains(kicker, context.BodyLines());
    }

    [Theory]
    [InlineData("✍️ زاهر القرطوني (زرقون)", "byline")]
    [InlineData("✍ نجلاء الفرحان - 12 مايو 2015", "byline")]
    [InlineData("🏷 الذهب، أسعار، تراجع، نافذة الشمال", "tags")]
    [InlineData("📅 الأحد 3 أغسطس 2014", "dateline")]
    public void A_pictograph_before_a_line_with_no_sentence_in_it_is_chrome(string line, string reason)
    {
        Assert.Equal(reason, PictographLines.Reason(line));
    }

    [Theory]
    [InlineData("✍ كتب الزميل عن تجربته في المدينة التي عاش فيها عشرين عاما")]
    [InlineData("📌 وأوضح المتحدث أن الفرق انتشرت على الشواطئ لتقديم الخدمات.")]
    [InlineData("▪ تطوير البنية التحتية للمحافظة")]
    [InlineData("- إنشاء خمس مدارس جديدة")]
    public void A_sentence_or_a_list_item_behind_a_bullet_is_no_pictograph_chrome(string line)
    {
        Assert.Null(PictographLines.Reason(line));
    }

    [Theory]
    [InlineData("9:54 مساء")]
    [InlineData("الخميس، 27/9/2012")]
    [InlineData("محدث: 21/07/2015")]
    [InlineData("آخر تحديث 9:30 مساءً")]
    public void A_date_alone_between_two_paragraphs_is_taken(string date)
    {
        var context = Clean.With($"{Lead}\n{date}\n{Second}", new ChromeRemover());
        Assert.Equal([Lead, Second], context.BodyLines());
    }

    [Theory]
    [InlineData("النتيجة: 2-1")]
    [InlineData("التاريخ: 9 / 10 / 1436هـ")]
    public void A_date_or_score_at_the_foot_stays_for_the_tail_to_judge(string line)
    {
        var context = Clean.With($"{Lead}\n{Second}\n{line}", new ChromeRemover());
        Assert.Equal([Lead, Second, line], context.BodyLines());
    }

    [Fact]
    public void A_score_between_paragraphs_is_no_date()
    {
        Assert.False(DateLines.IsDate("النتيجة: 2-1"));
    }

    [Theory]
    [InlineData("في", 1)]
    [InlineData("سيغادر الوفد غدا", 1)]
    [InlineData("زاهر القرطوني - زرقون", 0)]
    [InlineData("قال إن الوفد الذي وصل من الرياض", 3)]
    public void Function_words_count_the_grammar_a_label_does_not_carry(string line, int count)
    {
        Assert.Equal(count, FunctionWords.Count(line));
    }
}
