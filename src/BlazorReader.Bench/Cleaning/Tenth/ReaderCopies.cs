namespace BlazorReader.Bench.Cleaning.Tenth;

// Copies made through the browser rather than the page: reader view (site, title, byline,
// reading time), print-friendly pages (print header and footer, the address), AMP and
// Instant-Articles pages (a thin bar, a link to the full version) and a web archive's banner.
public static class ReaderCopies
{
    public static void ReaderView(TenthPage page, TenthStory s, DressingRandom r)
    {
        page.Head(page.Piece(NoiseKind.Footer, r.Chance(0.5) ? s.Outlet.Domain(r) : s.Paper + r.Pick("", " | " + s.Outlet.Domain(r))));
        SourceChrome.Headline(page, s, r);
        if (r.Chance(0.7))
        {
            SourceChrome.Byline(page, s, r);
        }
        var min = r.Between(1, 9);
        page.Top(page.Piece(NoiseKind.Counter, r.Pick(
            $"{Stamp.Digits(r, Stamp.N(min))}–{Stamp.Digits(r, Stamp.N(min + r.Between(1, 3)))} {r.Pick("دقائق", "دقيقة", "minutes")}",
            $"{Stamp.Digits(r, Stamp.N(min))} {r.Pick("min read", "دقائق للقراءة")}")));
    }

    public static void Print(TenthPage page, TenthStory s, DressingRandom r)
    {
        var when = $"{Stamp.Digits(r, s.Day.AddDays(r.Between(0, 3000)).ToString(r.Pick("dd/MM/yyyy", "M/d/yy"), System.Globalization.CultureInfo.InvariantCulture))}{r.Pick("", ", " + Stamp.Time(s.Day, r))}";
        page.Head(page.Piece(NoiseKind.Footer, r.Pick(
            $"{when} {s.Title}",
            $"{r.Pick("نسخة للطباعة", "طباعة الصفحة", "Print version")}{r.Separator("|", "-")}{s.Paper}",
            $"{r.Pick("🖨 ", "")}{r.Pick("اطبع", "طباعة")}{r.Pick("  ", " | ")}{r.Pick("إغلاق النافذة", "رجوع", "Close")}")));
        var link = s.Outlet.Link(r);
        var foot = r.Pick($"{link} {Stamp.Digits(r, Stamp.N(1))}/{Stamp.Digits(r, Stamp.N(r.Between(1, 3)))}",
            $"{r.Pick("رابط المقال", "الرابط", "عنوان الصفحة", "URL")}: {link}",
            $"{r.Pick("طبع من موقع", "تمت الطباعة من", "Printed from")} {s.Paper}{r.Pick("", " - " + link)}");
        page.Tail(new NoisePiece(NoiseKind.Footer, TenthStory.WrapLink(foot, r)));
        if (r.Chance(0.4))
        {
            page.Top(page.Piece(NoiseKind.Dateline, $"{r.Pick("تاريخ النشر", "نشر في", "Published", "التاريخ")}: {s.Date(r)}"));
        }
    }

    public static void Amp(TenthPage page, TenthStory s, DressingRandom r)
    {
        page.Head(page.Piece(NoiseKind.Footer, r.Pick(
            $"{r.Pick("☰", "≡", "القائمة")}{r.Pick("  ", " ")}{s.Paper}{r.Pick("", "  🔍", " بحث")}",
            $"{r.Pick("←", "→", "‹")} {r.Pick("العودة إلى", "الرجوع إلى", "Back to")} {s.Paper}",
            $"{r.Pick("مقالات فورية", "Instant Article", "AMP")}{r.Separator("·", "|")}{s.Paper}")));
        var words = r.Pick("عرض النسخة الكاملة", "النسخة الكاملة للموقع", "شاهد الخبر على الموقع", "View full site", "افتح في المتصفح");
        var line = r.Chance(0.5) ? words : $"{words}{r.Pick(": ", " ")}{s.Outlet.Link(r)}";
        page.Bottom(new NoisePiece(NoiseKind.MoreLink, TenthStory.WrapLink(line, r)));
        if (r.Chance(0.5))
        {
            page.Tail(page.Piece(NoiseKind.Footer, r.Pick("Powered by AMP ⚡", "⚡ AMP", $"© {s.Paper}{r.Pick("", " · الخصوصية", " | سياسة الخصوصية")}")));
        }
    }

    // The archive's bar: the address captured, how many captures, between which dates.
    public static void Archive(TenthPage page, TenthStory s, DressingRandom r)
    {
        var stamp = s.Day.AddDays(r.Between(0, 400)).ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var address = $"{r.Pick("https://", "")}web.archive.org/web/{stamp}/{s.Outlet.Link(r)}";
        page.Head(new NoisePiece(NoiseKind.Footer, TenthStory.WrapLink(r.Pick("The Wayback Machine - ", "") + address, r, 0.4)));
        var first = s.Day.AddDays(r.Between(0, 30));
        page.Head(page.Piece(NoiseKind.Counter, $"{r.Number(r.Between(2, 900))} {r.Pick("captures", "لقطة", "captures")}{r.Pick("  ", " ")}{first.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)} - {first.AddDays(r.Between(30, 3000)).ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}"));
        if (r.Chance(0.4))
        {
            page.Head(page.Piece(NoiseKind.Footer, r.Pick("JUL AUG SEP", "Jul AUG Sep", "FEB MAR APR") + $" {r.Pick("2015 2016 2017", "2014 2015 2016")}"));
        }
    }
}
