namespace BlazorReader.Bench.Cleaning.TwentySecond;

// A story saved in a browser's reading list and exported with its history: the entry's own
// title, address and time of saving over the text, other visited stories with theirs under it.
internal sealed class BookmarkExportPage : PageFamily
{
    private static readonly string[] Domains = ["sabq.org", "www.alriyadh.com", "www.okaz.com.sa", "www.al-madina.com", "www.alyaum.com", "aawsat.com"];

    private static readonly string[] Browsers = ["Chrome", "Firefox", "Safari", "Edge", "Opera"];

    // The page saved was a paper's: its chrome carries the paper's name, the export the browser's.
    public override string Site(Dressing d) => "صحيفة " + d.Paper;

    public override void Head(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        if (r.Chance(0.6))
        {
            page.Add(NoiseKind.Counter, r.Pick($"قائمة القراءة · {d.Num(r.Between(3, 60))} عنصراً", $"Reading List ({d.Num(r.Between(3, 60))})", $"السجل — {d.Num(r.Between(10, 300))} صفحة اليوم"));
        }
        // The entry's title carries the host of the address saved under it, as browsers show it.
        var link = d.Article.SourceUrl is { Length: > 10 } url && r.Chance(0.6) ? url : $"https://{r.Pick(Domains)}/{r.Letters(6, "0123456789")}";
        if (d.Title.Length > 0)
        {
            var host = Uri.TryCreate(link, UriKind.Absolute, out var uri) ? uri.Host : r.Pick(Domains);
            page.Add(NoiseKind.Headline, r.Chance(0.5) ? $"{d.Title} - {host}" : d.Title);
        }
        page.Add(NoiseKind.MoreLink, link);
        page.Add(NoiseKind.Dateline, $"{r.Pick("أضيف في", "تاريخ الحفظ:", "Added", "آخر زيارة:")} {d.Date()} {d.Clock()}");
    }

    public override void Inside(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        page.Add(NoiseKind.Footer, r.Pick("[ملاحظة محفوظة]", "— تمييز —", "⭐ مضاف إلى المفضلة", "📌 مثبت"));
    }

    public override void Tail(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        var titles = d.Teasers(r.Between(2, 4));
        if (titles.Count > 0)
        {
            List<string> lines = r.Chance(0.7) ? [r.Pick("السجل السابق", "زيارات أخرى اليوم", "History")] : [];
            foreach (var t in titles)
            {
                var link = $"https://{r.Pick(Domains)}/{r.Pick("news", "article", "n")}/{r.Letters(r.Between(5, 7), "0123456789")}";
                lines.AddRange(r.Next(3) switch
                {
                    0 => [t, link, $"{d.Clock()}"],
                    1 => [$"{d.Clock()}  {t}", link],
                    _ => [$"{t} — {link}"],
                });
            }
            page.Teasers(NoiseKind.Teaser, lines, titles);
        }
        page.Add(NoiseKind.Footer, $"{r.Pick("تم التصدير من", "Exported from", "نسخة مصدّرة من")} {r.Pick(Browsers)} · {d.Date()}");
    }
}
