using System.Globalization;

namespace BlazorReader.Bench.Cleaning.ThirtyFourth;

// A Blogger/Blogspot template page: the blog's name and menu, the day header, the post with
// «نشر بواسطة … في ١٠:٢٢ ص», labels, the share row, «ليست هناك تعليقات:», «إرسال تعليق», the
// pager «الرسالة الأحدث الرسالة الأقدم الصفحة الرئيسية», the Atom subscription, followers, the
// archive tree whose open month lists other posts, popular posts and the template's credit.
internal sealed class BloggerPath : CopyPath
{
    private string author = "";

    public override void Head(Sheet s)
    {
        var r = s.R;
        author = DressingPools.PersonName(r);
        s.Raw(r.Pick("مدونة ", "مدونة أخبار ", "") + r.Pick("الخبر اليقين", "أخبار الوطن", "نافذة الأخبار", "صدى المدينة", author), r.Pick("تغطية يومية للأخبار المحلية", "كل ما يهمك من أخبار", ""));
        s.Raw(r.Pick("الصفحة الرئيسية | من نحن | اتصل بنا", "الرئيسية\tأخبار\tمقالات\tاتصل بنا", "الصفحة الرئيسية"));
        var d = Calendar.Day(r, s);
        s.Chrome(NoiseKind.Dateline, Calendar.Weekday(d) + r.Pick("، ", " ") + Calendar.Gregorian(r, d));
        Title(s, "", "", withPaper: r.Chance(0.3));
        if (r.Chance(0.3))
        {
            s.Add(StoryChrome.Byline(r, s));
        }
    }

    public override void Tail(Sheet s)
    {
        var r = s.R;
        s.Blank();
        s.Chrome(NoiseKind.Byline, r.Pick("نشر بواسطة ", "أرسلها ", "كتبها ") + author + r.Pick(" في ", " في  ") + Calendar.Clock(r));
        if (r.Chance(0.7))
        {
            var n = r.Between(0, 14);
            s.Chrome(NoiseKind.Counter, n == 0 ? "ليست هناك تعليقات:" : Calendar.Digits(r, n.ToString(CultureInfo.InvariantCulture)) + r.Pick(" تعليقات:", " تعليق:", " من التعليقات:"));
        }
        if (r.Chance(0.6))
        {
            s.Chrome(NoiseKind.Share, r.Pick("إرسال بالبريد الإلكتروني", "") + r.Pick("BlogThis!", "كتابة مدونة حول هذه المشاركة") + " " + r.Pick("المشاركة على Twitter المشاركة في Facebook", "المشاركة على X المشاركة في Facebook المشاركة على Pinterest"));
        }
        if (r.Chance(0.7))
        {
            s.Add(PageChrome.Tags(r, s) is var t && r.Chance(0.6) ? new NoisePiece(NoiseKind.Tags, ["التسميات: " + TagWords(s)]) : t);
        }
        if (r.Chance(0.5))
        {
            s.Chrome(NoiseKind.Share, "إرسال تعليق");
        }
        s.Chrome(NoiseKind.MoreLink, r.Pick("الرسالة الأحدث الرسالة الأقدم الصفحة الرئيسية", "رسالة أحدث رسالة أقدم الصفحة الرئيسية", "الرسالة الأقدم الصفحة الرئيسية"));
        if (r.Chance(0.6))
        {
            s.Chrome(NoiseKind.Share, r.Pick("الاشتراك في: تعليقات الرسالة (Atom)", "الاشتراك في: الرسائل (Atom)", "الاشتراك في: تعليقات الرسالة (Atom) الرسائل (Atom)"));
        }
        if (r.Chance(0.5))
        {
            s.Chrome(NoiseKind.Counter, "المتابعون" + (r.Chance(0.5) ? " (" + r.Number(r.Between(12, 4000)) + ")" : r.Pick(": ", " ") + r.Number(r.Between(12, 4000)) + r.Pick("", " متابع")));
        }
        Archive(s);
        if (r.Chance(0.4) && PageChrome.Teasers(r, s) is { } popular)
        {
            s.Add(popular with { Lines = ["المشاركات الشائعة", .. popular.Lines.Skip(1)] });
        }
        s.Chrome(NoiseKind.Footer, r.Pick("قالب بسيط", "سمة بسيطة", "قالب Awesome Inc") + r.Pick(". ", " - ") + r.Pick("يتم التشغيل بواسطة Blogger.", "مدعوم من Blogger.", "صور القوالب بواسطة " + r.Pick("gaffera", "luoman", "Ollustrator") + ". يتم التشغيل بواسطة Blogger."));
    }

    private static string TagWords(Sheet s) => string.Join(s.R.Pick("، ", ", ", " ، "), TextReferee.Normalize(s.Article.Title ?? "أخبار").Split(' ').Select(PageChrome.TagWord).Where(w => w.Length >= 4).Take(3).Append(s.R.Pick("أخبار محلية", "اقتصاد", "عاجل")));

    // «أرشيف المدونة» with the open month listing other posts: those titles are teasers.
    private static void Archive(Sheet s)
    {
        var r = s.R;
        var titles = Enumerable.Range(0, r.Between(1, 3)).Select(_ => s.Other()).OfType<string>().Distinct().ToList();
        if (titles.Count == 0 || r.Chance(0.3))
        {
            return;
        }
        var lines = new List<string> { "أرشيف المدونة" };
        lines.Add(r.Pick("▼ ", "▼  ") + Calendar.Digits(r, "2015") + " (" + r.Number(r.Between(90, 900)) + ")");
        lines.Add(r.Pick("▼ ", "  ▼ ") + r.Pick("يوليو", "أغسطس") + " (" + r.Number(r.Between(8, 90)) + ")");
        lines.AddRange(titles);
        lines.Add(r.Pick("► ", "◄ ") + r.Pick("يونيو", "مايو") + " (" + r.Number(r.Between(8, 90)) + ")");
        if (r.Chance(0.6))
        {
            lines.Add(r.Pick("► ", "◄ ") + Calendar.Digits(r, "2014") + " (" + r.Number(r.Between(90, 900)) + ")");
        }
        s.Add(new NoisePiece(NoiseKind.Teaser, lines) { Teasers = titles });
    }
}
