namespace BlazorReader.Bench.Cleaning.ThirtyFirst;

// A browser history export: a header row, visits with time, page title and address, and
// under one of them the page's saved content — the story. Other rows' titles are other
// stories of the pools, so they are teasers to a reader.
internal sealed class HistoryExportFrame(DressingRandom r) : IFrame
{
    private readonly string sep = r.Pick(" | ", "\t", " ; ", ",  ");

    private string Row(Story s, string title, string url, int minutes) =>
        Words.Stamp(s.When.AddMinutes(minutes))[..16] + sep + title + sep + url;

    private void Others(Page p, Story s, int count, int from)
    {
        for (var i = 0; i < count; i++)
        {
            var title = OtherStories.Pick(r, s);
            var url = "https://" + r.Pick("www.", "m.", "") + r.Pick("sabq.org", "okaz.com.sa", "alriyadh.com", "aawsat.com", "almadina.com") + "/" + Words.Slug(r);
            if (title is null || r.Chance(0.25))
            {
                var (name, site) = r.Pick(("بحث Google", "google.com/search?q="), ("البريد الوارد", "mail.example.com/#inbox/"), ("YouTube", "youtube.com/watch?v="), ("الرئيسية / تويتر", "twitter.com/home?"));
                p.Raw(Row(s, name, "https://" + site + r.Letters(8), from + i));
                continue;
            }
            p.Piece(new NoisePiece(NoiseKind.Teaser, [Row(s, title, url, from + i)]) { Teasers = [title] });
        }
    }

    public void Head(Page p, Story s)
    {
        p.Raw(r.Pick("وقت الزيارة", "Visit time", "التاريخ والوقت") + sep + r.Pick("عنوان الصفحة", "Title") + sep + r.Pick("الرابط", "URL"));
        Others(p, s, r.Between(1, 3), -r.Between(20, 60));
        if (s.Title is null)
        {
            p.Raw(Row(s, r.Pick("بدون عنوان", "(untitled)"), s.Url, 0));
        }
        else
        {
            p.Chrome(NoiseKind.Headline, Row(s, s.Title + r.Pick("", " - " + s.Paper, " | " + s.Paper), s.Url, 0));
        }
        p.Raw(r.Pick("محتوى الصفحة:", "Page content:", "— محتوى الصفحة المحفوظ —", "[نص الصفحة]"));
    }

    public void Between(Page p, Story s, int paragraph)
    {
    }

    public void Tail(Page p, Story s)
    {
        p.Raw(r.Pick("— نهاية المحتوى —", "[/نص الصفحة]", "", ""));
        Others(p, s, r.Between(1, 4), r.Between(2, 9));
        p.Chrome(NoiseKind.Counter, r.Pick("عدد السجلات: ", "Rows: ", "تم تصدير ") + Words.D(r, r.Between(40, 900)) + r.Pick("", " سجلاً", " زيارة"));
    }
}
