using static BlazorReader.Bench.Cleaning.TwentyFifth.PageWords;

namespace BlazorReader.Bench.Cleaning.TwentyFifth;

// A publisher's or bookshop's page with a news item and a book's card beside it (ISBN,
// pages, edition, price, cart buttons), or a heritage authority's page whose pictures carry
// object labels (period, material, inventory number). The card is the shop's furniture, its
// buttons share rows; an object label describes a picture, so it is a caption.
internal static class ShelfCards
{
    private static readonly string[] Books = ["ذاكرة المدن", "رحلة إلى الشمال", "تاريخ الموانئ العربية", "أيام الطفرة", "حكايات من نجد", "الاقتصاد في أسبوع"];

    private static readonly string[] CartButtons = ["أضف إلى السلة", "🛒 شراء الآن", "أضف إلى المفضلة", "متوفر — الشحن خلال 3 أيام", "نسخة إلكترونية"];

    public static void Dress(PageDraft page)
    {
        var r = page.R;
        if (r.Chance(0.55))
        {
            Book(page);
        }
        else
        {
            Museum(page);
        }
    }

    private static void Book(PageDraft page)
    {
        var r = page.R;
        var isbn = $"978-{r.Pick("603", "9953", "977", "614")}-{r.Between(10, 99)}-{r.Between(1000, 9999)}-{r.Next(10)}";
        List<string> card = [$"«{r.Pick(Books)}» — {DressingPools.PersonName(r)}"];
        var rows = new List<string>
        {
            $"{r.Pick("ردمك", "ISBN", "الرقم الدولي")}: {Digits(r, isbn)}",
            $"{r.Pick("عدد الصفحات", "الصفحات")}: {Digits(r, N(r.Between(90, 640)))}",
            $"{r.Pick("الطبعة", "ط")} {r.Pick("الأولى", "الثانية", "الثالثة")} {Digits(r, N(r.Between(2010, 2015)))}",
            $"{r.Pick("السعر", "سعر الغلاف")}: {Digits(r, N(r.Between(25, 120)))} {r.Pick("ر.س", "ريال", "SAR")}{r.Pick("", " (شامل الضريبة)", " بدلاً من " + Digits(r, N(r.Between(121, 160))))}",
            $"{r.Pick("الناشر", "دار النشر")}: {r.Pick("دار جداول", "مدارك", "دار الساقي", "النادي الأدبي بالرياض")}",
        };
        card.AddRange(rows.OrderBy(_ => r.Next(10)).Take(r.Between(2, 5)));
        if (r.Chance(0.5))
        {
            card = [Row(r, [.. card])];
        }
        var slot = r.Chance(0.6) ? page.End : page.Inside();
        page.Noise(slot, NoiseKind.Footer, card);
        page.Noise(slot, NoiseKind.Share, Row(r, Some(r, CartButtons, 1, 3)));
        if (r.Chance(0.4))
        {
            page.Noise(page.End, NoiseKind.Counter, $"★★★★☆ ({r.Number(r.Between(3, 900))} {r.Pick("تقييم", "مراجعة")})");
        }
        if (r.Chance(0.4))
        {
            page.Story(page.Inside(), r.Pick(
                $"ويقع الكتاب في {Digits(r, N(r.Between(120, 500)))} صفحة من القطع المتوسط، ويباع بسعر {Digits(r, N(r.Between(30, 90)))} ريالاً.",
                "وصدرت الطبعة الثانية من الكتاب بعد نفاد الأولى خلال أسابيع.",
                "ويحمل الكتاب عنوان «" + r.Pick(Books) + "»، وهو الإصدار الثالث للمؤلف."));
        }
    }

    private static void Museum(PageDraft page)
    {
        var r = page.R;
        var count = r.Between(1, 2);
        for (var i = 0; i < count; i++)
        {
            var label = new List<string>
            {
                $"{r.Pick("إبريق", "نقش حجري", "قطعة نقدية", "مبخرة", "سراج", "مخطوط")} {r.Pick("من موقع الفاو", "من تيماء", "من العلا", "من الربذة", "")}".Trim(),
                $"{r.Pick("الفترة", "العصر", "التأريخ")}: {r.Pick("العصر العباسي", "القرن الثالث الهجري", "الألف الأول ق.م", "العصر النبطي")}",
                $"{r.Pick("المادة", "الخامة")}: {r.Pick("فخار مزجج", "برونز", "حجر رملي", "ورق وحبر")}",
                $"{r.Pick("رقم الجرد", "رقم السجل", "Inv. No.")}: {r.Pick("HA", "NM", "م.و")}-{Digits(r, N(r.Between(100, 9999)))}",
            };
            List<string> lines = r.Chance(0.5) ? [label[0], Row(r, [.. label.Skip(1)])] : [.. label.Take(r.Between(2, 4))];
            page.Noise(page.Inside(), NoiseKind.Caption, lines);
        }
        if (r.Chance(0.5))
        {
            page.Noise(page.End, NoiseKind.Footer, [r.Pick("مواعيد الزيارة", "ساعات العمل"), Digits(r, r.Pick("السبت–الخميس 9:00 ص – 8:00 م", "يومياً عدا الجمعة 16:00–22:00"))]);
        }
        if (r.Chance(0.4))
        {
            page.Story(page.Inside(), r.Pick(
                $"وتعود القطعة إلى القرن {r.Pick("الثالث", "الرابع", "السابع")} الهجري، وهي مصنوعة من البرونز.",
                "المعرض مفتوح للزوار يومياً عدا الجمعة، والدخول مجاني.",
                $"ويضم المعرض أكثر من {Digits(r, N(r.Between(100, 900)))} قطعة أثرية."));
        }
    }
}
