namespace BlazorReader.Bench.Cleaning.ThirtyFourth;

// A Gopher menu read as its gophermap: «i» info lines ending in a dummy selector
// («\tfake\t(NULL)\t0»), «1» menu and «0» text items with selector, host and port. The story's
// paragraphs are «i» lines; the leading «i» and the selector columns are the menu's markup glued
// to each line (unlabelled, like a tag: a body line comes back right only without them). The
// other «0» items are other stories; the server's line at the foot is the footer.
internal sealed class GopherPath : CopyPath
{
    private string host = "";
    private string info = "";

    public override void Head(Sheet s)
    {
        var r = s.R;
        host = r.Pick("gopher.", "") + r.Pick("akhbar", "khaleej", "saudinews", "wahat") + r.Pick(".org", ".net", ".sa");
        info = r.Pick("\tfake\t(NULL)\t0", "\t\terror.host\t1", "\tnull\tnull.host\t1", "\t\t\t");
        s.Raw("i" + r.Pick("============================", "~~~~~~~~~~~~~~~~~~~~~~~~") + info);
        s.Chrome(NoiseKind.Headline, "i" + r.Pick("أخبار ", "بوابة ", "") + StoryChrome.Paper(r) + r.Pick(" على جوفر", " - Gopher", "") + info);
        s.Raw("1" + r.Pick("الأخبار المحلية", "محليات") + "\t/local\t" + host + "\t70", "1" + r.Pick("الاقتصاد", "اقتصاد") + "\t/economy\t" + host + "\t70", "i" + info);
        var title = TextReferee.Normalize(s.Article.Title ?? "خبر");
        s.Chrome(NoiseKind.Headline, "i" + r.Pick("", "## ", "*** ") + title + info);
        if (r.Chance(0.5))
        {
            s.Chrome(NoiseKind.Dateline, "i" + Calendar.Gregorian(r, Calendar.Day(r, s), r.Chance(0.5)) + info);
        }
        s.Raw("i" + info);
    }

    public override void Open(Sheet s)
    {
        s.Prefix = "i";
        s.Suffix = info;
    }

    public override void Between(Sheet s, int i)
    {
        if (s.R.Chance(0.5))
        {
            s.Raw("i" + info);
        }
    }

    public override void Tail(Sheet s)
    {
        var r = s.R;
        s.Raw("i" + info);
        var titles = Enumerable.Range(0, r.Between(2, 4)).Select(_ => s.Other()).OfType<string>().Distinct().ToList();
        if (titles.Count > 0 && r.Chance(0.8))
        {
            var lines = new List<string> { "i" + r.Pick("أخبار أخرى:", "المزيد من الأخبار", "--- آخر الأخبار ---") + info };
            lines.AddRange(titles.Select(t => "0" + t + "\t/news/" + r.Between(1000, 99999) + ".txt\t" + host + "\t70"));
            s.Raw([.. lines]);
            s.Noise.Add(new NoisePiece(NoiseKind.Teaser, lines) { Teasers = titles });
        }
        s.Raw("1" + r.Pick("العودة إلى القائمة الرئيسية", "الرئيسية", "رجوع") + "\t/\t" + host + "\t70");
        var footer = "i" + r.Pick("Served by ", "يعمل بخادم ") + r.Pick("Gophernicus/3.1", "pygopherd", "Bucktooth 0.2.9") + r.Pick(" on ", " - ") + host + info;
        s.Raw(footer, ".");
        s.Noise.Add(new NoisePiece(NoiseKind.Footer, [footer]));
    }
}
