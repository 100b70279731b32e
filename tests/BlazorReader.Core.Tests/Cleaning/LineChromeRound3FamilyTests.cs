using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Chrome lines by family, generated in many wordings, marks and digits: credits glued at a
// paragraph's end or labelled, datelines with a place, a label or an age, bylines with the
// label alone or the name alone, more-links with their address broken. Story sentences of the
// same look stay. Body text is from SaudiNewsNet (Mazen Abdulaziz, CC BY-NC-SA 4.0).
public class LineChromeRound3FamilyTests
{
    private const string Lead = "أعلنت وزارة الصحة اليوم عن تسجيل حالات جديدة في عدد من المناطق، وأكدت أن الفرق الطبية تتابع الحالات عن كثب في المستشفيات.";
    private const string Second = "وأضافت الوزارة في بيانها أن الوضع الصحي مستقر وأن جميع الإجراءات الوقائية اتخذت في وقتها لمنع انتشار المرض بين السكان.";

    private static readonly string[] Agencies = ["واس", "كونا", "واج", "د ب أ", "أ ف ب", "رويترز", "وام", "قنا", "الأناضول", "أ.ش.أ", "بنا"];

    [Fact]
    public void An_agency_glued_at_a_paragraphs_end_is_cut_off_and_the_paragraph_stays()
    {
        string[] forms = [" ({0}).", " ({0})", ". ({0})", " - {0}", " – {0}.", " [{0}]", " -{0}", "  ({0})."];
        var r = new Random(31);
        for (var i = 0; i < 120; i++)
        {
            var agency = Agencies[r.Next(Agencies.Length)];
            // After a dash, an «ال…» agency below an «ال…» word reads as a pair («الفرنسية - الألمانية»): bracketed here.
            var form = forms[r.Next(forms.Length)];
            form = agency.StartsWith("ال", StringComparison.Ordinal) && !form.Contains('(', StringComparison.Ordinal) && !form.Contains('[', StringComparison.Ordinal) ? " ({0})." : form;
            var glued = Second.TrimEnd('.') + string.Format(System.Globalization.CultureInfo.InvariantCulture, form, agency);
            var cleaned = new ArticleCleaner().Clean(new RawArticle(Lead + "\n\n" + glued));
            Assert.Equal(2, cleaned.Blocks.Count);
            Assert.StartsWith(Second.TrimEnd('.'), cleaned.Blocks[1].Text, StringComparison.Ordinal);
            Assert.DoesNotContain(agency, cleaned.Blocks[1].Text, StringComparison.Ordinal);
            Assert.Contains(cleaned.Removed, x => x.Reason == "attribution");
        }
    }

    [Theory]
    [InlineData("وقال المتحدث باسم الجيش في تصريح لـ(رويترز) إن القوات تقدمت نحو المدينة خلال الليل. وسيطرت القوات على عدد من الأحياء الشرقية بعد معارك عنيفة (واس).", "وقال المتحدث باسم الجيش في تصريح لـ(رويترز) إن القوات تقدمت نحو المدينة خلال الليل. وسيطرت القوات على عدد من الأحياء الشرقية بعد معارك عنيفة")]
    [InlineData("وأكد مدير الإدارة أن الحملة مستمرة حتى نهاية الشهر الجاري في جميع المحافظات. (د.ب.أ).", "وأكد مدير الإدارة أن الحملة مستمرة حتى نهاية الشهر الجاري في جميع المحافظات.")]
    public void Only_the_credit_is_cut(string line, string kept)
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(Lead + "\n\n" + line));
        Assert.Equal(kept, cleaned.Blocks[^1].Text);
    }

    [Theory]
    [InlineData("وأوضح المصدر في تصريح خاص لوكالة (رويترز).")]
    [InlineData("ويأتي ذلك بعد أن ألقى المزارعون الفرنسيون كمية كبيرة من السماد أمام مبنى شركة لتوزيع اللحوم في منطقة قريبة من الحدود الفرنسية - الألمانية.")]
    [InlineData("وذكرت الوكالة أن الاجتماع سيعقد في العاصمة الأسبوع المقبل بحضور الوزراء (العرب).")]
    [InlineData("وقال رسول الله صلى الله عليه وسلم: «من صام رمضان إيمانا واحتسابا غفر له ما تقدم من ذنبه». (متفق عليه).")]
    [InlineData("وقال المتحدث باسم الحملة إن عدد المشاركين تجاوز الألف متطوع في المدن الثلاث لـ(واس).")]
    public void A_sentence_that_names_an_agency_keeps_it(string line)
    {
        var cleaned = new ArticleCleaner().Clean(new RawArticle(Lead + "\n\n" + line));
        Assert.Equal(line, cleaned.Blocks[^1].Text);
    }

    [Fact]
    public void Labelled_source_lines_are_credits_wherever_they_stand()
    {
        string[] labels = ["المصدر الأصلي/ ", "المصدر الأصلي: ", "المصدر:", "المصدر الرئيسي - ", "مصدر الخبر: "];
        string[] who = ["وكالة أنباء الإمارات", "وام", "صحيفة الخليج", "قنا"];
        var r = new Random(32);
        var lines = Enumerable.Range(0, 80).Select(_ => labels[r.Next(labels.Length)] + who[r.Next(who.Length)]).ToList();
        lines.AddRange(["* ينشر بالتعاون مع «الغارديان»", "* ينشر بالاتفاق مع «نيويورك تايمز»", "* خدمة «واشنطن بوست»"]);
        Assert.DoesNotContain(lines, l => CreditLines.UnmistakableWho(l) is null);
        Assert.Equal("جريدة أ.ش.أ", CreditLines.Who("- جريدة أ.ش.أ"));
    }

    [Fact]
    public void Datelines_with_a_place_a_label_or_an_age_are_dates()
    {
        string[] places = ["الدمام", "نيويورك", "جدة", "عمّان", "الرباط", "بيروت"];
        string[] joins = [" في ", "، ", " - ", " | ", "–"];
        string[] days = ["", "الأربعاء ", "الثلاثاء، ", "يوم الخميس "];
        string[] months = ["أيار", "أكتوبر", "حزيران", "جوان", "تموز", "شوال"];
        string[] digits = ["8", "١٢", "21"];
        string[] years = [" 2013", " ٢٠١١", " 1436 هـ", " 2015 - 10:30 ص", " 2015م"];
        var r = new Random(33);
        var lines = Enumerable.Range(0, 150).Select(_ => places[r.Next(places.Length)] + joins[r.Next(joins.Length)] + days[r.Next(days.Length)]
            + digits[r.Next(digits.Length)] + " " + months[r.Next(months.Length)] + years[r.Next(years.Length)]).ToList();
        string[] labels = ["نشر: ", "آخر تحديث: ", "تاريخ النشر : ", "نُشر في ", "Updated: "];
        string[] ages = ["منذ ساعة", "منذ ساعتين", "قبل 3 ساعات", "منذ ٥ دقائق", "قبل يومين"];
        lines.AddRange(Enumerable.Range(0, 50).Select(_ => labels[r.Next(labels.Length)] + ages[r.Next(ages.Length)]));
        lines.Add("جدة - واس - 21/07/2015");
        Assert.DoesNotContain(lines, l => !DateLines.IsDate(l));
    }

    [Theory]
    [InlineData("الرياض، مدينة تنمو بسرعة منذ 1950")]
    [InlineData("جدة في 2015 شهدت أمطارا غزيرة")]
    [InlineData("نشر التقرير منذ ساعات")]
    [InlineData("ولد في 8 أيار 1950")]
    public void Story_lines_with_a_place_and_a_date_are_no_dates(string line) =>
        Assert.False(DateLines.IsDate(line));

    [Fact]
    public void A_byline_label_alone_takes_the_name_below_it()
    {
        string[] labels = ["كتب", "كتب :", "كتبت:", "بقلم:", "رصد :", "حوار", "إعداد -", "متابعة:"];
        string[] names = ["مشاري التميمي", "هالة منصور", "عبدالله الغامدي", "د. سارة العلي"];
        var r = new Random(34);
        for (var i = 0; i < 40; i++)
        {
            var label = labels[r.Next(labels.Length)];
            var name = names[r.Next(names.Length)];
            var context = Clean.With($"{label}\n{name}\n{Lead}\n{Second}", new HeadTrimmer());
            Assert.Equal([Lead, Second], context.BodyLines());
        }
    }

    [Theory]
    [InlineData("منيرة آل سعيدان")]
    [InlineData("سلمان العُمري")]
    public void A_name_alone_opening_the_text_stays_for_the_corpus_prints_columnists_so(string name)
    {
        var context = Clean.With($"{name}\n{Lead}\n{Second}", new HeadTrimmer());
        Assert.Equal([name, Lead, Second], context.BodyLines());
    }

    [Theory]
    [InlineData("رصد الأهلة")]
    [InlineData("الحوار الوطني")]
    [InlineData("حوار مع الشباب حول مستقبل العمل")]
    public void Short_opening_lines_that_are_no_bylines_stay(string line)
    {
        var context = Clean.With($"{line}\n{Lead}\n{Second}", new HeadTrimmer());
        Assert.Contains(line, context.BodyLines());
    }

    [Theory]
    [InlineData("هند الحربي | البيان")]
    [InlineData("عبدالله الغامدي – عكاظ")]
    [InlineData("سارة العلي - «الخليج»")]
    public void A_name_with_a_paper_below_the_story_is_a_byline(string line) =>
        Assert.True(BylineLines.IsPaperByline(line));

    [Theory]
    [InlineData("الهلال - النصر")]
    [InlineData("الرياض - جدة")]
    [InlineData("منصور بن محمد الحمود - الرس")]
    [InlineData("عبد الوهاب الرامي - المغرب")]
    public void Pairs_that_are_no_name_and_paper_are_no_bylines(string line) =>
        Assert.False(BylineLines.IsPaperByline(line));

    [Fact]
    public void A_more_link_with_its_address_broken_over_lines_goes_whole()
    {
        string[] labels = ["► التفاصيل", "⬅️ التفاصيل http:", "◀ الخبر كاملاً - bit.ly/", "رابط الخبر: http://www.alwatan.com", "للمزيد: https://sabq.org/"];
        string[] pieces = ["//bit.ly/lNIPaC8", "/21/-npgumvwakplhlqarfvk", "wD0sp", "news/2015/07/21.html"];
        var r = new Random(35);
        for (var i = 0; i < 40; i++)
        {
            var broken = string.Join("\n", Enumerable.Range(0, r.Next(1, 3)).Select(_ => pieces[r.Next(pieces.Length)]));
            var context = Clean.With($"{Lead}\n{Second}\n{labels[r.Next(labels.Length)]}\n{broken}", new ChromeRemover());
            Assert.Equal([Lead, Second], context.BodyLines());
        }
    }

    [Fact]
    public void A_link_label_glued_in_brackets_is_cut_off()
    {
        var context = Clean.With(Second + " (رابط الخبر)", new ChromeRemover());
        Assert.Equal([Second], context.BodyLines());
    }

    [Theory]
    [InlineData("يهمك أيضا .. انطلاق فعاليات مهرجان الصيف في جدة بمشاركة واسعة")]
    [InlineData("قد يهمك أيضا: انطلاق فعاليات مهرجان الصيف في جدة")]
    public void Read_also_without_its_may(string line) =>
        Assert.False(string.IsNullOrEmpty(OtherStoriesHeader.Rest(line)));

    [Theory]
    [InlineData("يهمك أن تعرف أن الحملة مستمرة حتى نهاية الشهر")]
    [InlineData("المزيد من التفاصيل ستعلن لاحقا بحسب الوزارة.")]
    public void Story_lines_opening_with_header_words_carry_no_title(string line) =>
        Assert.Null(OtherStoriesHeader.Rest(line));

    [Theory]
    [InlineData("سارة الخالدي (بريدة)")]
    [InlineData("من خالد عبدالحميد (الكويت)")]
    [InlineData("ناصر البلوشي (الرباط)")]
    [InlineData("من:")]
    public void A_name_with_its_city_in_brackets_is_a_byline(string line) =>
        Assert.True(BylineLines.IsByline(line));

    [Theory]
    [InlineData("مجلس الوزراء (الرياض)")]
    [InlineData("من المسؤول (الكويت)")]
    public void Brackets_after_no_name_are_no_byline(string line) =>
        Assert.False(BylineLines.IsByline(line));

    [Theory]
    [InlineData("«بنا».")]
    [InlineData("«عكاظ»")]
    [InlineData("(د.ب.أ)")]
    public void An_agency_or_paper_alone_in_any_brackets_is_a_credit(string line) =>
        Assert.NotNull(CreditLines.Who(line));

    [Theory]
    [InlineData("(الدراما السورية)")]
    [InlineData("«المسألة الأرمنية»")]
    [InlineData("( الطقم الأول )")]
    public void A_subheading_in_brackets_is_no_credit(string line) =>
        Assert.Null(CreditLines.Who(line));

    [Theory]
    [InlineData("◀ الخبر كاملاً -")]
    [InlineData("◀ اقرأ الخبر من المصدر")]
    [InlineData("التقرير كاملا:")]
    public void Labels_of_a_link_are_more_links(string line) =>
        Assert.Equal("more-link", LinkLines.Reason(line));

    [Theory]
    [InlineData("الخبر السار للمزارعين")]
    [InlineData("اقرأ الخبر جيدا قبل أن تحكم")]
    public void Lines_that_open_like_a_link_label_stay(string line) =>
        Assert.Null(LinkLines.Reason(line));

    [Theory]
    [InlineData("»» المزيد")]
    [InlineData(" للتفاصيل اضغط هنا")]
    public void A_more_link_glued_at_a_paragraphs_end_is_cut_off(string glued)
    {
        var context = Clean.With(Second + glued, new ChromeRemover());
        Assert.Equal([Second], context.BodyLines());
    }
}
