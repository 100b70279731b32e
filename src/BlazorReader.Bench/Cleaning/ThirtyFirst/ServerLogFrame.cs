namespace BlazorReader.Bench.Cleaning.ThirtyFirst;

// A feed importer's log file: every line stamped with a time, a level and a component, the
// story's paragraphs logged one a line as the parser met them, log-only lines between.
internal sealed class ServerLogFrame(DressingRandom r) : IFrame
{
    private DateTime clock;
    private readonly string component = r.Pick("[feed]", "[parser]", "[ingest]", "[rss-worker]", "[scraper]");

    private string Stamp(string level, string who) =>
        Words.Stamp(clock = clock.AddSeconds(r.Between(0, 3))) + r.Pick(" ", "  ", " | ") + level.PadRight(r.Chance(0.5) ? 5 : 0) + " " + who + " ";

    public void Head(Page p, Story s)
    {
        clock = s.When.Date.AddHours(r.Between(6, 22)).AddMinutes(r.Between(0, 59));
        p.Raw(Stamp("INFO", "[cron]") + r.Pick("job started: fetch-news", "بدء مهمة جلب الأخبار", "pipeline run #" + r.Between(1000, 99999)));
        p.Raw(Stamp("DEBUG", "[http]") + "GET " + s.Url + " -> " + r.Pick("200 OK", "200", "301 -> 200") + " (" + r.Between(80, 2400) + " ms)");
        if (r.Chance(0.5))
        {
            p.Raw(Stamp("INFO", component) + r.Pick("source=", "المصدر=") + s.Paper + " encoding=utf-8");
        }
    }

    public string Prefix(Page p, int line) => Stamp(r.Pick("INFO", "INFO", "info", "معلومة"), component) + r.Pick("", "", "body: ", "text=", "paragraph " + (line + 1) + ": ");

    public void Between(Page p, Story s, int paragraph)
    {
        if (r.Chance(0.3))
        {
            p.Raw(Stamp(r.Pick("DEBUG", "WARN", "TRACE"), r.Pick("[http]", "[dedupe]", "[image]", component)) + r.Pick(
                "retry " + r.Between(1, 3) + "/3 for image " + Words.Slug(r) + ".jpg",
                "skipped duplicate paragraph hash=" + r.Letters(8, "0123456789abcdef"),
                "تم تجاهل وسم غير معروف <" + r.Pick("iframe", "script", "figure") + ">",
                "chars=" + r.Between(100, 900) + " words=" + r.Between(20, 160)));
        }
    }

    public void Tail(Page p, Story s)
    {
        p.Raw(Stamp("INFO", component) + r.Pick("article saved id=", "تم حفظ الخبر رقم ", "stored as #") + r.Between(100000, 999999));
        if (r.Chance(0.6))
        {
            p.Raw(Stamp(r.Pick("WARN", "ERROR"), "[http]") + r.Pick("timeout after 30s: ", "404 Not Found: ", "فشل الاتصال: ") + "/" + Words.Slug(r));
        }
        p.Raw(Stamp("INFO", "[cron]") + r.Pick("job finished in ", "انتهت المهمة خلال ") + r.Between(2, 90) + r.Pick("s", " ثانية"));
    }
}
