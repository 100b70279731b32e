using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

public class RepeatedParagraphRemoverTests
{
    // SaudiNewsNet (alweeam, 2015-07-21): the page printed this paragraph twice in a row.
    private const string Repeated = "وأوضح المتحدث الرسمي للهلال الأحمر بالباحة عماد منسي الزهراني أن هنالك 4 حوادث انقلاب وحادث دهس وحالة حريق واحدة.";
    private const string Lead = "تلقت غرفة عمليات الهلال الأحمر بالباحة خلال الـ72 ساعة الماضية 116 بلاغاً.";

    [Fact]
    public void Removes_the_second_copy_of_a_paragraph_printed_twice()
    {
        var context = Clean.With($"{Lead}\n{Repeated}\n{Repeated}\nوأضاف الزهراني أن البلاغات المرضية قاربت 85 بلاغاً.", new RepeatedParagraphRemover());
        Assert.Equal([Lead, Repeated, "وأضاف الزهراني أن البلاغات المرضية قاربت 85 بلاغاً."], context.BodyLines());
        var removed = Assert.Single(context.Removed);
        Assert.Equal(("repeat", 2), (removed.Reason, removed.Line));
    }

    // A summary box above the story: its points are the story's sentences with the opening
    // connective dropped. The point goes; the paragraph that says it whole stays.
    [Theory]
    [InlineData("كما ")]
    [InlineData("من جهة أخرى، ")]
    [InlineData("وفي الأثناء ")]
    public void A_summary_point_goes_and_the_paragraph_it_was_cut_from_stays(string opening)
    {
        const string Said = "يطلق مقاتلو المعارضة بدورهم قذائف على المناطق الخاضعة لسيطرة النظام أسفرت عن سقوط العديد من الضحايا.";
        var paragraph = opening + Said;
        var context = Clean.With($"أهم ما في الخبر\n- {Said}\n- {Repeated}\n{Lead}\n{Repeated}\n{paragraph}", new RepeatedParagraphRemover());

        Assert.Equal([Lead, Repeated, paragraph], context.BodyLines());
    }

    // A box of points under the story copies a paragraph whose stop stands after a space (as
    // the corpus prints many): the paragraph, not the point, is the story's.
    [Fact]
    public void A_point_below_copying_a_paragraph_ending_in_a_spaced_stop_goes()
    {
        const string Said = "وجرياً على ما قامت به الجامعة في الأعوام السابقة ستكون جميع إجراءات القبول من خلال بوابة القبول الإلكتروني عبر موقع الجامعة";
        var context = Clean.With($"{Lead}\n{Said} .\nأهم ما في الخبر\n• {Said}.\n• {Repeated}\n{Repeated}", new RepeatedParagraphRemover());

        Assert.Equal([Lead, Said + " .", Repeated], context.BodyLines());
    }

    // The headline printed above and a paragraph that quotes it: the paragraph is the story's.
    [Fact]
    public void A_paragraph_quoting_the_headline_printed_above_it_stays()
    {
        const string Headline = "في ذكرى رحيله السابعة.. فلسطينية تحلل شخصية محمود درويش من خطوطه!";
        var quoting = $"وكتب الحساب الرسمي للهيئة على منصة «إكس»: «{Headline}».";
        var context = Clean.With($"{Headline}\n{Lead}\n{quoting}\n{Repeated}", new RepeatedParagraphRemover());

        Assert.Contains(quoting, context.BodyLines());
        Assert.Contains(Lead, context.BodyLines());
    }

    [Fact]
    public void Keeps_short_lines_that_repeat()
    {
        var context = Clean.With($"{Lead}\n(واس)\n{Repeated}\n(واس)", new RepeatedParagraphRemover());
        Assert.Empty(context.Removed);
        Assert.Equal(4, context.Lines.Count);
    }

    // SaudiNewsNet (alriyadh 1067591): a health column answers each question under the same
    // line, closed by a colon; the line introduces the answer below it each time.
    [Fact]
    public void Keeps_a_line_that_introduces_each_answer()
    {
        const string Answers = "ويجيب عن هذا السؤال أيضاً قسم التثقيف الصحي:";
        var context = Clean.With(
            $"* ما هي فوائد النشاط الحركي؟\n{Answers}\nالنشاط الحركي يحقق للفرد حياة أفضل وفوائد صحية عديدة في أي مرحلة من المراحل العمرية.\n* ما هي التوصيات؟\n{Answers}\nيوصى بممارسة النشاط البدني المعتدل مدة ثلاثين دقيقة في معظم أيام الأسبوع.",
            new RepeatedParagraphRemover());
        Assert.Empty(context.Removed);
    }

    [Fact]
    public void Keeps_paragraphs_that_differ_even_slightly()
    {
        var context = Clean.With($"{Repeated}\n{Repeated.Replace("4", "5", StringComparison.Ordinal)}", new RepeatedParagraphRemover());
        Assert.Empty(context.Removed);
    }
    // SaudiNewsNet (alyaum 4082410, aleqtisadiya 2015-08-07): a page read from screenshots that
    // overlap prints a paragraph's last words again below it, alone or under a status bar.
    private const string Released = "وقالت مصادر قبلية يمنية في مارس: إن بريم سيطلق سراحها لكن مكاوي هي التي افرج عنها فقط في ذلك الوقت.";
    private const string Services = "وأظهر مؤشر فرعي نمو قطاع الخدمات للشهر الـ 26 على التوالي واستقر معدل النمو دون تغيير عن يونيو حزيران عند 53.8.";

    [Theory]
    [InlineData(Released, "مكاوي هي التي افرج عنها فقط في ذلك الوقت.")]
    [InlineData(Services, "واستقر معدل النمو دون تغيير عن يونيو حزيران عند 53.8.")]
    [InlineData(Services, "للشهر الـ 26 على التوالي واستقر معدل النمو دون تغيير عن يونيو حزيران عند 53.8.")]
    public void A_paragraphs_last_words_printed_again_below_it_go_and_the_paragraph_stays_whole(string paragraph, string echo)
    {
        var context = Clean.With($"{Lead}\n{paragraph}\n9:45 4G 37% ▮\n{echo}\nوأضاف الزهراني أن البلاغات المرضية قاربت 85 بلاغاً.", new RepeatedParagraphRemover());
        Assert.Equal([Lead, paragraph, "9:45 4G 37% ▮", "وأضاف الزهراني أن البلاغات المرضية قاربت 85 بلاغاً."], context.BodyLines());
        Assert.Equal([("repeat", 3)], context.Removed.Select(r => (r.Reason, r.Line)));
    }

    // SaudiNewsNet (a royal order, 2015-07-26): the signature ends the line above it by right.
    [Fact]
    public void Keeps_a_short_line_that_ends_the_line_above_by_right()
    {
        var context = Clean.With($"{Lead}\nوبناء على ما عرضه علينا خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود\nسلمان بن عبدالعزيز آل سعود", new RepeatedParagraphRemover());
        Assert.Empty(context.Removed);
    }

    // SaudiNewsNet (alriyadh 1071232): the page's summary box repeats a paragraph behind a
    // bullet, without its closing quote; the paragraph, ending «…بيننا."», is the one kept.
    [Fact]
    public void A_paragraph_ending_in_a_quote_is_kept_before_its_copy_behind_a_bullet()
    {
        const string said = "وأوضح المدرب التشيلي عبر موقع النادي الرسمي على الانترنت \"أنا فخور لأنني أدرب نادي مانشستر سيتي ولذلك فأنا سعيد للغاية بالاتفاق على تمديد التعاقد بيننا.\"";
        const string copy = "• وأوضح المدرب التشيلي عبر موقع النادي الرسمي على الانترنت \"أنا فخور لأنني أدرب نادي مانشستر سيتي ولذلك فأنا سعيد للغاية بالاتفاق على تمديد التعاقد بيننا.";
        var context = Clean.With($"{Lead}\n{said}\nIn brief\n{copy}", new RepeatedParagraphRemover());
        Assert.Equal([Lead, said, "In brief"], context.BodyLines());
    }

}

public class RepeatedLeadTests
{
    [Fact]
    public void Removes_a_copy_of_the_lead_once_its_dateline_is_cut()
    {
        const string lead = "أعلنت وزارة الصحة اليوم تسجيل حالات جديدة في عدة مناطق من المملكة خلال الأسبوع الماضي.";
        var cleaned = new ArticleCleaner().Clean(new BlazorReader.Core.Articles.RawArticle($"الرياض - واس: {lead}\n{lead}\nوقالت الوزارة إن الفرق الطبية تتابع الحالات.", Title: "ت"));
        Assert.Equal([lead, "وقالت الوزارة إن الفرق الطبية تتابع الحالات."], cleaned.Blocks.Select(b => b.Text));
    }

    // A page head dumped as text: the lead behind its meta name, then under its dateline, then
    // bare. The copies go and the lead stays once, never an error that loses the article.
    [Theory]
    [InlineData("og:description ")]
    [InlineData("الوصف: ")]
    public void A_lead_behind_a_meta_name_under_a_dateline_and_bare_stays_once(string label)
    {
        const string lead = "أعلنت وزارة الصحة اليوم تسجيل حالات جديدة في عدة مناطق من المملكة خلال الأسبوع الماضي.";
        var cleaned = new ArticleCleaner().Clean(new BlazorReader.Core.Articles.RawArticle($"{label}{lead}\nجدة، 31 يوليو 2015 • {lead}\n{lead}", Title: "ت"));
        Assert.Equal([lead], cleaned.Blocks.Select(b => b.Text));
    }
}
