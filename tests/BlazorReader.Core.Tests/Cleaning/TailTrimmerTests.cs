using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

public class TailTrimmerTests
{
    private const string Story =
        "أعلنت وزارة الصحة اليوم تسجيل حالات جديدة من الحمى في عدة مناطق من المملكة خلال الأسبوع الماضي.\n" +
        "وقالت الوزارة في بيان إن الفرق الطبية تتابع حالات الحمى وتقدم الرعاية اللازمة للمرضى في المستشفيات.\n" +
        "وأضافت أن حالات الحمى مستقرة وأن الفحوص مستمرة في جميع المستشفيات الحكومية والخاصة بالمناطق.\n" +
        "من جهتها، دعت هيئة الهلال الأحمر المواطنين إلى مراجعة المستشفيات عند ظهور أعراض الحمى على الفور.";

    private const string LastParagraph = "من جهتها، دعت هيئة الهلال الأحمر المواطنين إلى مراجعة المستشفيات عند ظهور أعراض الحمى على الفور.";

    private static readonly string[] Leads =
    [
        "أكد وزير التعليم أن العام الدراسي سيبدأ في موعده المحدد دون أي تأجيل بعد اكتمال استعدادات المدارس.",
        "توقعت الأرصاد أن تضرب موجة حر شديدة المنطقة الشرقية خلال الأيام المقبلة مع رياح نشطة محملة بالغبار.",
        "أطلقت هيئة السياحة برنامجا صيفيا جديدا يشمل عشرين مدينة في أنحاء المملكة بمشاركة مئات الشركات.",
    ];

    private static CleaningContext Trim(string text) => Clean.With(text, new ChromeRemover(), new TailTrimmer());

    [Fact]
    public void Takes_a_block_of_other_stories_leads_before_a_copyright_footer()
    {
        var context = Trim($"{Story}\n{string.Join('\n', Leads)}\n© 2015 صحيفة عكاظ");
        Assert.Equal(Leads, context.Teasers.Select(t => t.Text));
        Assert.Equal(LastParagraph, context.Lines[^1].Text);
    }

    // A picture's owner under it («© Name»), or a map's data credit under a place card the story
    // set inside it, is inside the story: the paragraphs below it are still the story's, not
    // leads below the page's end.
    [Theory]
    [InlineData("© عبدالعزيز بن عبدالله آل سعود")]
    [InlineData("© Reuters")]
    [InlineData("Map data ©2015 Google")]
    [InlineData("بيانات الخريطة ©٢٠١٥ Google")]
    public void A_picture_s_copyright_inside_the_story_ends_no_page(string owner)
    {
        string[] paragraphs =
        [
            "أعلنت وزارة الصحة اليوم تسجيل حالات جديدة من الحمى في عدة مناطق من المملكة خلال الأسبوع الماضي.",
            "اليوم مع انتشار الحمى يردد الأطباء أن الوقاية خير من العلاج، وأن حالات الحمى تتراجع بالتطعيم في المناطق.",
            "لا شك أن التطعيم الذي وفرته وزارة الصحة في المستشفيات يوفر نموذجا للوقاية من الحمى في جميع المناطق.",
        ];
        var context = Trim($"{paragraphs[0]}\n{owner}\n{paragraphs[1]}\n{paragraphs[2]}\nالمزيد من الأخبار\n» {Leads[0][..40]}\n» {Leads[1][..40]}");
        Assert.Equal(paragraphs, context.BodyLines());
        Assert.DoesNotContain(context.Teasers, t => paragraphs.Contains(t.Text));
    }

    [Fact]
    public void Takes_a_block_of_two_leads_before_a_footer()
    {
        var context = Trim($"{Story}\n{Leads[0]}\n{Leads[1]}\nجميع الحقوق محفوظة لصحيفة الرياض 2015");
        Assert.Equal(2, context.Teasers.Count);
        Assert.Equal(4, context.Lines.Count);
    }

    [Fact]
    public void Takes_every_paragraph_below_the_footer_as_a_teaser()
    {
        var context = Trim($"{Story}\n© 2015 صحيفة عكاظ\n{Leads[2]}");
        Assert.Equal(Leads[2], Assert.Single(context.Teasers).Text);
    }

    [Fact]
    public void Keeps_a_last_paragraph_that_continues_the_story_above_teasers()
    {
        var ending = "وأشارت الوزارة إلى أن حملة التطعيم ضد الحمى تبدأ الأسبوع المقبل في جميع المناطق.";
        var context = Trim($"{Story}\n{ending}\n{string.Join('\n', Leads)}\n© 2015 صحيفة عكاظ");
        Assert.Equal(ending, context.Lines[^1].Text);
        Assert.Equal(3, context.Teasers.Count);
    }

    [Fact]
    public void Takes_leads_listed_each_under_its_date()
    {
        var context = Trim($"{Story}\n{Leads[0]}\n3 مايو 2019\n{Leads[1]}\n6 يونيو 2019");
        Assert.Equal(Leads[..2], context.Teasers.Select(t => t.Text));
        Assert.Equal(LastParagraph, context.Lines[^1].Text);
    }

    [Fact]
    public void Keeps_dots_that_break_the_story_above_its_last_paragraph()
    {
        var ending = "الفحوص في المستشفيات الحكومية والخاصة تؤكد أن حالات الحمى مستقرة في المناطق.";
        var context = Trim($"{Story}\n...\n{ending}\n{string.Join('\n', Leads)}\n© 2015 صحيفة عكاظ");
        Assert.Equal(["...", ending], context.Lines.TakeLast(2).Select(l => l.Text));
        Assert.Equal(3, context.Teasers.Count);
    }

    [Theory]
    [InlineData("المصدر: الجزيرة + وكالات", "الجزيرة + وكالات")]
    [InlineData("المصدر:واس", "واس")]
    [InlineData("(المصدر : رويترز)", "رويترز")]
    [InlineData("Source: Reuters", "Reuters")]
    [InlineData("نقلاً عن صحيفة الحياة", "صحيفة الحياة")]
    [InlineData("عن الوطن", "الوطن")]
    [InlineData("بتصرف عن د.ب.أ", "د.ب.أ")]
    [InlineData("صحيفة عين اليوم)", "صحيفة عين اليوم")]
    [InlineData("المصدر: أ.ف.ب", "أ.ف.ب")]
    [InlineData("المصدر أ ف ب", "أ ف ب")]
    [InlineData("المصدر د ب أ", "د ب أ")]
    [InlineData("نقلًا عن الفرنسية", "الفرنسية")]
    [InlineData("نقلًا عن أ ف ب", "أ ف ب")]
    public void Takes_a_credit_line_among_the_last_lines_as_the_attribution(string credit, string who)
    {
        var context = Trim($"{Story}\n{credit}\nشارك الخبر على تويتر\n© 2015 صحيفة عكاظ\n305");
        Assert.Equal(who, context.Attribution);
        Assert.Equal(LastParagraph, context.Lines[^1].Text);
    }

    [Theory]
    [InlineData("المصادر:واس، سبأ", "واس، سبأ")]
    [InlineData("(واس)", "واس")]
    [InlineData("المصدر رويترز", "رويترز")]
    public void Takes_an_unmistakable_credit_above_a_paragraph_kept_in_the_body(string credit, string who)
    {
        var ending = "وأشارت الوزارة إلى أن حملة التطعيم ضد الحمى تبدأ الأسبوع المقبل في جميع المناطق.";
        var context = Trim($"{Story}\n{credit}\n{ending}");
        Assert.Equal(who, context.Attribution);
        Assert.Equal(ending, context.Lines[^1].Text);
        Assert.DoesNotContain(context.Lines, l => l.Text == credit);
    }

    [Fact]
    public void Takes_a_credit_line_above_a_teaser_block()
    {
        var context = Trim($"{Story}\nالمصدر : واس\n{string.Join('\n', Leads)}\n© 2015 صحيفة عكاظ");
        Assert.Equal("واس", context.Attribution);
        Assert.Equal(3, context.Teasers.Count);
        Assert.Equal(LastParagraph, context.Lines[^1].Text);
    }

    [Fact]
    public void Keeps_a_lone_unrelated_paragraph_with_nothing_below_it()
    {
        var context = Trim($"{Story}\n{Leads[0]}");
        Assert.Empty(context.Teasers);
        Assert.Equal(Leads[0], context.Lines[^1].Text);
    }

    [Theory]
    [InlineData("- فهد العلياني")]
    [InlineData("أحلام الفهمي - الدمام")]
    [InlineData("والله من وراء القصد")]
    [InlineData("شعر - عبدالمعين بن ثعلي")]
    public void Keeps_a_short_closing_line_that_names_no_source(string closing)
    {
        var context = Trim($"{Story}\n{closing}");
        Assert.Equal(closing, context.Lines[^1].Text);
        Assert.Empty(context.Removed);
    }

    [Theory]
    [InlineData("كتب د. علي الشمري")]
    [InlineData("مراسل الجزيرة -نجران")]
    [InlineData("جازان: حسن الغامدي")]
    [InlineData("إعداد وترجمة - بندر الحربي")]
    public void Takes_a_byline_that_says_what_it_is_below_the_story(string byline)
    {
        var context = Trim($"{Story}\n{byline}\n© 2015 صحيفة عكاظ");
        Assert.Equal(byline, context.Byline);
        Assert.Equal(LastParagraph, context.Lines[^1].Text);
    }
}

public class TailTrimmerLeadTests
{
    [Fact]
    public void Never_takes_the_lead_however_unlike_the_rest_it_reads()
    {
        var lead = "أكد وزير التعليم أن العام الدراسي سيبدأ في موعده المحدد دون أي تأجيل بعد اكتمال استعدادات المدارس.";
        var teaser = "توقعت الأرصاد أن تضرب موجة حر شديدة المنطقة الشرقية خلال الأيام المقبلة مع رياح نشطة محملة بالغبار.";
        var context = Clean.With($"{lead}\n{teaser}\n© 2015 صحيفة عكاظ", new ChromeRemover(), new TailTrimmer());
        Assert.Equal(lead, context.Lines[0].Text);
    }

    [Fact]
    public void Keeps_a_column_of_numbers_that_ends_the_story()
    {
        var numbers = string.Join('\n', Enumerable.Range(0, 6).Select(i => (3601116923 + i * 17).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var context = Clean.With($"أعلنت القوات الجوية أسماء المقبولين في دورة الأفراد لهذا العام وهي كالتالي.\nوذكرت أن المراجعة تبدأ الأسبوع المقبل.\n{numbers}", new TailTrimmer());
        Assert.Empty(context.Removed);
    }

    [Fact]
    public void Keeps_numbered_points_that_end_the_story()
    {
        var points = "أولا: تشكيل لجنة لمتابعة تنفيذ القرار في جميع المناطق.\nثانيا: رفع تقرير شهري إلى المقام السامي.\nثالثا: نشر القرار في الجريدة الرسمية.";
        var context = Clean.With($"أصدر مجلس الوزراء قرارا بتنظيم قطاع النقل البري في المملكة اشتمل على عدة بنود.\n{points}", new ChromeRemover(), new TailTrimmer());
        Assert.Empty(context.Removed);
        Assert.Empty(context.Teasers);
    }
}
