namespace BlazorReader.Bench.Cleaning.TwentyThird;

// Print-friendly pages whose links are spelled out in a numbered list at the end, and
// digital-newsstand apps showing a story inside an issue: print stamps, long addresses cut
// over lines, issue numbers, page counters, buy buttons and the issue's other stories.
internal static class PrintPages
{
    public static void PrintFriendly(PageSheet page, PageKit k)
    {
        var r = k.R;
        var domain = r.Pick("www.alriyadh.com", "www.okaz.com.sa", "sabq.org", "www.al-jazirah.com", "www.alwatan.com.sa", "aawsat.com");
        if (r.Chance(0.6))
        {
            page.Top(CommonChrome.Piece(NoiseKind.Footer, k, r.Pick($"نسخة للطباعة{r.Separator("—", "|")}{domain}", $"{domain} — طباعة", "Printer-friendly version")));
        }
        if (k.Title.Length >= 3)
        {
            page.Top(CommonChrome.Headline(k));
        }
        if (r.Chance(0.5))
        {
            CommonChrome.GluedDateline(page, k);
        }
        var links = new List<string> { k.Scuff(r.Pick("روابط الصفحة:", "الروابط الواردة في المقال:", "Links:", "الروابط:")) };
        var count = r.Between(2, 5);
        for (var i = 1; i <= count; i++)
        {
            var path = r.Pick("article", "news", "ar/node", "local", "economy", "sports");
            var url = $"{r.Pick("https://", "http://")}{(i == 1 ? domain : r.Pick(domain, "www.spa.gov.sa", "www.moh.gov.sa", "www.stats.gov.sa"))}/{path}/{r.Between(10000, 9999999)}";
            var label = r.Pick($"[{k.Num(i)}]", $"{k.Num(i)}.", $"({k.Num(i)})");
            links.AddRange(Wrapped($"{label} {url}", r));
        }
        page.Bottom(new NoisePiece(NoiseKind.MoreLink, links));
        page.Bottom(r.Chance(0.7)
            ? CommonChrome.Piece(NoiseKind.Footer, k, r.Pick(
                $"طُبع من موقع {domain.Replace("www.", "", StringComparison.Ordinal)} بتاريخ {k.DateText(k.Date.AddDays(r.Between(0, 40)))}",
                $"تمت الطباعة في {k.DateText()} {k.Time()}"))
            : CommonChrome.Piece(NoiseKind.MoreLink, k, $"رابط المقال الأصلي: https://{domain}/{r.Between(100000, 999999)}"));
    }

    // A long address wrapped as a print column wraps it, each piece long enough to be seen.
    private static List<string> Wrapped(string line, DressingRandom r)
    {
        if (line.Length < 30 || r.Chance(0.6))
        {
            return [line];
        }
        var at = r.Between(12, line.Length - 6);
        return [line[..at], line[at..]];
    }

    public static void Newsstand(PageSheet page, PageKit k)
    {
        var r = k.R;
        var magazine = r.Pick("مجلة اليمامة", "مجلة المعرفة", "مجلة الاقتصاد", "مجلة القافلة", "مجلة الفيصل", k.Paper);
        page.Top(CommonChrome.Piece(NoiseKind.Dateline, k, r.Pick(
            $"{magazine} – العدد {k.Plain(r.Between(100, 2500))} – {k.DateText()}",
            $"العدد {k.Plain(r.Between(100, 2500))}{r.Separator("|", "·")}{r.Pick("يوليو", "أغسطس", "تموز")} {k.Plain(2015)}")));
        page.Top(CommonChrome.Piece(NoiseKind.Counter, k, r.Pick(
            $"الصفحة {k.Num(r.Between(3, 40))} من {k.Num(r.Between(44, 120))}",
            $"ص {k.Num(r.Between(3, 40))} / {k.Num(r.Between(44, 120))}",
            $"◀ {k.Num(r.Between(3, 40))} ▶")));
        if (k.Title.Length >= 3 && r.Chance(0.6))
        {
            page.Top(CommonChrome.Headline(k));
        }
        var buy = CommonChrome.Piece(NoiseKind.Footer, k, r.Pick(
            $"اشترِ العدد {k.Num(r.Between(5, 30))} ر.س | اشترك سنوياً",
            $"🛒 {r.Pick("شراء العدد", "اشترِ هذا العدد")} — {k.Num(r.Between(1, 9))}.{k.Num(r.Between(10, 99))} $",
            "تنزيل العدد للقراءة دون اتصال"));
        if (r.Chance(0.3) && page.Count > 2)
        {
            page.Above(page.Count / 2, buy);
        }
        else
        {
            page.Bottom(buy);
        }
        if (CommonChrome.TeaserBlock(k, r.Pick("في هذا العدد", "من هذا العدد", "اقرأ في العدد نفسه")) is { } issue)
        {
            page.Bottom(issue);
        }
    }
}
