using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Eighteenth;

// A stock exchange's announcements portal: the issuer's card with its code and last price,
// the announcement's number and time, then the attachments, the exchange's disclaimer, the
// issuer's other announcements and the way back to the list.
internal sealed class DisclosurePortal(OtherStories stories) : IPageFamily
{
    private static readonly string[] Trades = ["الاتصالات", "الأسمنت", "الكهرباء", "التأمين التعاوني", "الصناعات الغذائية", "التطوير العقاري", "الأسمدة", "النقل البحري"];

    private static readonly string[] Kinds = ["السعودية", "العربية", "الوطنية", "الخليجية", "المتحدة", "الشرقية"];

    private static readonly string[] Files = ["القوائم_المالية", "تقرير_مجلس_الإدارة", "Board_Resolution", "نموذج_الإفصاح", "Q2_2015_Results", "محضر_الجمعية"];

    public void Dress(DressingRandom r, PageDraft page)
    {
        var trade = r.Pick(Trades);
        var code = r.Between(1010, 8310).ToString(CultureInfo.InvariantCulture);
        var day = Ink.Day(page.Source, r);
        page.Top(Furniture.Piece(r, NoiseKind.Tags, string.Join(r.Pick(" › ", " / ", " > "), Ink.Some(r, ["السوق الرئيسية", "إعلانات الشركات", "قطاع " + trade], 2))));
        page.Top(Furniture.Piece(r, NoiseKind.Byline, $"{r.Pick("شركة", "مجموعة")} {trade} {r.Pick(Kinds)} ({Ink.Digits(r, code)})"));
        if (r.Chance(0.6))
        {
            var price = r.Between(800, 9900) / 100.0;
            var change = r.Between(-300, 300) / 100.0;
            page.Top(Furniture.Piece(r, NoiseKind.Counter, Ink.Row(r, Ink.Some(r, [
                $"آخر سعر: {Ink.Digits(r, price.ToString("0.00", CultureInfo.InvariantCulture))}",
                $"التغير: {Ink.Digits(r, change.ToString("+0.00;-0.00", CultureInfo.InvariantCulture))}%",
                $"حجم التداول: {Ink.Num(r, r.Between(10000, 9000000))}",
                $"القيمة السوقية: {Ink.Num(r, r.Between(1, 90))} مليار",
            ], 2))));
        }
        var head = new List<string> { $"رقم الإعلان: {Ink.Digits(r, day.Year + "-" + r.Letters(5, "0123456789"))}" };
        if (r.Chance(0.5))
        {
            head.Add(r.Pick("نوع الإعلان: نتائج مالية", "نوع الإعلان: قرارات مجلس الإدارة", "التصنيف: أحداث جوهرية", "التصنيف: جمعيات عامة"));
        }
        page.Top(Furniture.Piece(r, NoiseKind.Counter, r.Chance(0.5) ? [string.Join(Ink.Bar(r), head)] : head));
        page.Top(Furniture.Piece(r, NoiseKind.Dateline, $"{r.Pick("تاريخ الإعلان", "وقت النشر", "نُشر في")}: {Ink.Date(r, day)} {Ink.Time(r)}"));
        if (page.Title is not null && r.Chance(0.5))
        {
            page.Top(Furniture.Headline(r, page, r.Chance(0.3) ? r.Pick("إعلان: ", "تعلن ", "إفصاح | ") : null));
            page.DropTitle = r.Chance(0.4);
        }
        if (r.Chance(0.7))
        {
            var files = Files.OrderBy(_ => r.Next(99)).Take(r.Between(1, 3))
                .Select(f => $"{r.Pick("📎 ", "- ", "", "⤓ ")}{Ink.Latin(r, f + r.Pick(".pdf", ".xlsx", ".PDF"))} ({Ink.Num(r, r.Between(40, 4000))} {r.Pick("KB", "ك.ب", "كيلوبايت")})");
            page.Bottom(Furniture.Piece(r, NoiseKind.Footer, [r.Pick("المرفقات", "الملفات المرفقة", "المرفقات:", "Attachments"), .. files]));
        }
        if (r.Chance(0.6))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Footer, r.Pick(
                "تنويه: تتحمل الشركة المُعلِنة المسؤولية الكاملة عن دقة المعلومات الواردة في هذا الإعلان، ولا تتحمل السوق أي مسؤولية عن محتواه.",
                "إخطار: المعلومات أعلاه مقدمة من الشركة كما وردت، ولا تعد توصية بالشراء أو البيع.",
                "لا تتحمل السوق المالية أي مسؤولية عن محتوى هذا الإعلان.")));
        }
        if (r.Chance(0.5) && stories.Titles(r, page, r.Between(1, 3)) is { Count: > 0 } others)
        {
            page.Bottom(Furniture.Teasers(r, NoiseKind.Teaser, [r.Pick("إعلانات أخرى للشركة", "إعلانات سابقة", "آخر الإعلانات"), .. others.Select(t => $"{Ink.Date(r, day.AddDays(-r.Between(3, 90)))}{Ink.Bar(r)}{t}")], others));
        }
        if (r.Chance(0.5))
        {
            page.Bottom(Furniture.Piece(r, NoiseKind.Share, Ink.Row(r, Ink.Some(r, ["طباعة الإعلان", "تصدير PDF", "مشاركة", "إضافة إلى قائمة المتابعة"]))));
        }
        page.Bottom(Furniture.Piece(r, NoiseKind.MoreLink, r.Pick("العودة إلى قائمة الإعلانات", "« الرجوع إلى إعلانات الشركات", "عرض جميع إعلانات الشركة ←", "المزيد من إعلانات القطاع")));
    }
}
