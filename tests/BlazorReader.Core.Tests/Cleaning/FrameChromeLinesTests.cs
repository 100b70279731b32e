using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Lines a page's frame prints between a story's paragraphs, in shapes no site's wording names: a
// live stream's chat and its viewer counts, a log's lines with a level, a text viewer's place in
// the file, a layout program's tags, a press office's «للنشر» request, a poll's result row, a
// message's receipt. Story lines are real corpus text (SaudiNewsNet, Mazen Abdulaziz, CC BY-NC-SA
// 4.0); the frame's lines are made up by shape.
public class FrameChromeLinesTests
{
    private static readonly string[] Story = StoryLines.Four;

    private static IReadOnlyList<string> Clean(IEnumerable<string> lines) => StoryLines.Clean(lines);

    // The frame's lines go between every two paragraphs, in turn.
    private static IEnumerable<string> Between(string[] frame) =>
        Story.SelectMany((l, i) => new[] { l }.Concat(i < Story.Length - 1 ? [frame[(2 * i) % frame.Length], frame[(2 * i + 1) % frame.Length]] : []));

    public static TheoryData<string[]> Frames() =>
    [
        new(["سارة48: ننتظر التفاصيل", "fatima.294 : الصوت مقطّع عندي", "خالد: 🔥🔥", "john_47:Hello from جدة", "انضم ٣٢ مشاهداً إلى البث", "هند : خبر مهم 👍"]),
        new(["2015-07-23 10:44:37 | DEBUG chars=884 words=22", "2015-07-23 10:44:38 WARN retry 1/3 for image u6e859s.jpg", "2015-07-23 10:44:39 DEBUG تم تجاهل وسم غير معروف", "2015-07-23 10:44:40 INFO pipeline run #96274"]),
        new(["--More--(25%)", "byte 3397 97%", "lines 28-101/284 40%", "--More--(61%)"]),
        new(["تم التسليم ٦:٤٣ ص", "سُلّمت 16:24", "✓✓ 6:03", "Read 10:22 PM"]),
        new(["<Version:11.2>", "<DefineParaStyle:متن=<Nextstyle:متن> >", "<ColorTable:=<Black:COLOR:CMYK:Process:0,0,0,1>>", "<DefineParaStyle:نص أساسي=<Nextstyle:نص أساسي> >"]),
        new(["للنشر فوراً، مع الشكر", "نرجو التكرم بالنشر ولكم جزيل الشكر", "عاجل — للنشر", "للنشر ولكم جزيل الشكر"]),
        new(["—— رسالة محوّلة ——", "في ٢١ يوليو ٢٠١٥، الساعة ١٠:٢٢، كتب أحمد بن بدر الحربي <mrz_coo@lists.example.org>:", "---------- Forwarded message ---------", "On August 6, 2015, بدر الحمدان wrote:", "في 9 أغسطس 2015 كتب سعد الغامدي:", "On Tue, 23 Jun 2015 21:54:07 +0000 كتب فيصل الدوسري :"]),
        new(["المذيعة:", "(كاميرا ٢)", "مقدم النشرة:", "[فاصل]", "المراسل (تقرير مسجل):", "(CAM 2)", "صوت المراسل:"]),
        new(["دخل ١٢ مشاهداً الآن", "٣٤٠ مشاهد", "1,204 watching", "٨٧ يشاهدون الآن", "نعم ٦٥٪ / لا ٣٥٪ · ١٢٠٠ صوت · انتهى", "Yes 61% / No 39% · 845 votes · Final results"]),
    ];

    [Theory]
    [MemberData(nameof(Frames))]
    public void A_frames_lines_between_the_paragraphs_go(string[] frame) =>
        Assert.Equal(Story, Clean(Between(frame)));

    // A log stamping a few of the story's lines (a subheading among them) between its own: the
    // stamps come off and the story's lines stay; the log's own lines go.
    [Fact]
    public void A_logs_stamps_come_off_the_few_story_lines_it_holds()
    {
        string[] raw = ["2015-08-06 08:21:00 | INFO [cron] pipeline run #35218", Story[0], "2015-08-06 08:21:04 WARN [http] skipped duplicate paragraph hash=be3c935b",
            "2015-08-06 08:21:07 INFO [parser] body: المطلوب من الجمهور", Story[1], Story[2], "2015-08-06 08:21:11 DEBUG [http] chars=250 words=123", Story[3]];

        Assert.Equal([Story[0], "المطلوب من الجمهور", Story[1], Story[2], Story[3]], Clean(raw));
    }

    // An outline's node numbers come off; a dash after a few of them opens the story's own point.
    [Fact]
    public void A_dash_after_a_few_node_numbers_is_the_storys()
    {
        string[] points = ["- تعزيز الشراكة مع الجهات الحكومية ذات العلاقة.", "- رفع جودة الخدمات المقدمة للمراجعين."];
        string[] raw = ["1.1 " + Story[0], "1.2 " + Story[1], "1.3 وتهدف المبادرة إلى عدة أمور، أبرزها:", "1.4 " + points[0], "1.5 - " + points[1][2..], "1.6 " + Story[2], "1.7 " + Story[3]];

        Assert.Equal([Story[0], Story[1], "وتهدف المبادرة إلى عدة أمور، أبرزها:", .. points, Story[2], Story[3]], Clean(raw));
    }

    // Among a chat's messages the story's own questions and answers stay.
    [Fact]
    public void A_storys_questions_stay_among_a_chats_messages()
    {
        string[] qa = ["سؤال: من المستفيدون من القرار؟", "ج: جميع المواطنين والمقيمين."];
        string[] raw = [Story[0], "سارة48: ننتظر التفاصيل", "fatima.294 : الصوت مقطّع عندي", Story[1], qa[0], qa[1], "john_47:Hello from جدة", Story[2], "خالد: 🔥🔥", Story[3]];

        Assert.Equal([Story[0], Story[1], .. qa, Story[2], Story[3]], Clean(raw));
    }

    // A bilingual page's English labels («Views:», «Photo:», «By:») are no chat's handles: the
    // story's own fields among them stay.
    [Fact]
    public void A_bilingual_pages_labels_make_no_chat()
    {
        string[] fields = ["الرقم: أ / 267", "التاريخ: 9 / 10 / 1436هـ", "الجوال: 0564629597"];
        string[] raw = [Story[0], "Views: 45564", fields[0], Story[1], "Photo: AFP", fields[1], "By: Ibrahim", Story[2], "Read also: Civil affairs", fields[2], Story[3]];

        Assert.Subset(Clean(raw).ToHashSet(), fields.ToHashSet());
    }

    // A reply's or a forward's subject repeating the title goes; a reply in an interview stays.
    [Fact]
    public void A_replys_subject_naming_the_title_goes()
    {
        string[] raw = [Story[0], Story[1], "Re: النهضة يتعاقد مع الرجاء والكسار", Story[2], "رد: Fwd: النهضة يتعاقد مع الرجاء والكسار", "رد: نعم، سيبدأ التسجيل الأسبوع المقبل.", Story[3]];

        Assert.Equal([Story[0], Story[1], Story[2], "رد: نعم، سيبدأ التسجيل الأسبوع المقبل.", Story[3]], Clean(raw));
    }

    // A reply quoting the story under a mail client's line: the line and the quoted copy go, even
    // where the reply above asked a question (the quote is no answer to it).
    [Theory]
    [InlineData("شكراً على النقل، خبر يستحق المتابعة.")]
    [InlineData("هل من تفاصيل أكثر عن موعد التنفيذ؟")]
    public void A_quoted_reply_under_a_mail_clients_line_goes(string reply)
    {
        string[] raw = [.. Story, reply, "في ٢١ يوليو ٢٠١٥، الساعة ١٠:٢٢، كتب سعد الغامدي:", "> " + Story[0], "> " + Story[1]];

        Assert.Equal([.. Story, reply], Clean(raw));
    }

    // The lead quoted under a reply while the page's dateline stays glued on the story's copy,
    // in a shape known or not: the quote goes, the story's lead keeps its place.
    [Theory]
    [InlineData("الخميس ٢١ شوال ١٤٣٦ أ ب واشنطن ")]
    [InlineData("3 أغسطس 2015 / القاهرة / (واس) • ")]
    public void A_quoted_lead_goes_where_the_storys_copy_kept_a_dateline(string dateline)
    {
        string[] raw = [dateline + Story[0], .. Story[1..], "هل من تفاصيل أكثر عن موعد التنفيذ؟", "في ٢١ يوليو ٢٠١٥ كتب سعد الغامدي:", "> " + Story[0], "> " + Story[1]];

        var clean = Clean(raw);

        Assert.EndsWith(Story[0], clean[0], StringComparison.Ordinal);
        Assert.Equal([.. Story[1..], "هل من تفاصيل أكثر عن موعد التنفيذ؟"], clean.Skip(1));
    }

    // A transcript's speakers, a list's fields and two short «name: words» lines are the story's;
    // so is a line that dates itself with a clock, and a sentence asking readers to share.
    [Theory]
    [InlineData("س: متى يبدأ التسجيل؟", "ج: الأسبوع المقبل.", "الموعد: الخميس المقبل")]
    [InlineData("الموعد: الخميس المقبل", "المكان: قاعة الملك فهد", "الدخول: مجاني للجميع")]
    [InlineData("سؤال: من المستفيدون من القرار؟", "الجواب: جميع المواطنين.", "ج: عبر الموقع.")]
    [InlineData("في 21 يوليو 2015 كتب الوزير عبر حسابه في تويتر:", "وجاء في الرسالة الأصلية أن الاجتماع تأجل إلى الأسبوع المقبل.", "في 9 أغسطس 2015 قال المتحدث في بيان:")]
    [InlineData("أحمد22: أهلاً بكم", "الموعد: الخميس", "وتم تحديد 2015-07-23 10:44 موعداً لانطلاق المرحلة الثانية من المشروع.")]
    [InlineData("ودعت الوزارة إلى نشر الخبر على أوسع نطاق، مع الشكر للمتعاونين.", "وشارك 340 مشاهداً في التصويت على أفضل لاعب في المباراة.", "وبلغت نسبة المؤيدين 65% في الاستطلاع.")]
    public void The_storys_own_lines_of_such_shapes_stay(string first, string second, string third)
    {
        string[] story = [Story[0], first, Story[1], second, Story[2], third, Story[3]];

        Assert.Equal(story, Clean(story));
    }
}
