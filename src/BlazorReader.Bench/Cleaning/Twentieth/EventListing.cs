namespace BlazorReader.Bench.Cleaning.Twentieth;

// An events guide or a travel portal carrying the story: the event card (venue, day, price,
// «أضف إلى التقويم», «احجز الآن»), a flight-status strip, a travel advisory banner, a
// countdown and the nearby events list. Cards, strips and banners are Footer, the countdown
// a Counter, nearby events (other stories' titles) Teaser.
internal static class EventListing
{
    private static readonly string[] Venues = ["مركز المعارض", "الواجهة البحرية", "مسرح الجامعة", "الصالة المغطاة", "حديقة الملك عبدالله", "قاعة المؤتمرات الكبرى", "بوليفارد المدينة"];
    private static readonly string[] Airports = ["RUH", "JED", "DMM", "MED", "AHB", "DXB", "CAI", "AMM", "KWI"];

    public static void Dress(PageDraft page, DressingRandom r)
    {
        var day = Calendar.Around(r, page.Article.PublishedAt).AddDays(r.Between(3, 30));
        if (r.Chance(0.75))
        {
            var card = new List<string>();
            if (r.Chance(0.6))
            {
                card.Add(Typography.Stretch(r, r.Pick("تفاصيل الفعالية", "معلومات الحدث", "بطاقة الفعالية")));
            }
            card.Add($"{r.Pick("📍 ", "", "المكان: ", "الموقع: ")}{r.Pick(Venues)}{r.Pick("، ", " - ", " · ")}{r.Pick(DressingPools.Cities)}");
            card.Add($"{r.Pick("📅 ", "", "التاريخ: ", "الموعد: ")}{(r.Chance(0.5) ? Calendar.Span(r, day, day.AddDays(r.Between(1, 5))) : Calendar.Written(r, day) + r.Pick("", " · " + Calendar.Time(r)))}");
            if (r.Chance(0.7))
            {
                card.Add($"{r.Pick("🎟 ", "", "التذاكر: ", "الأسعار: ")}{r.Pick("تبدأ من", "من", "ابتداءً من")} {r.Number(r.Pick(25, 50, 75, 100, 150, 300))} {r.Pick("ريالاً", "ر.س", "SAR")}{r.Pick("", " (الدخول مجاني للأطفال)", " · الكمية محدودة")}");
            }
            card.Add(Typography.Join(r, r.Pick<string[]>(["أضف إلى التقويم", "احجز الآن"], ["+ أضف إلى التقويم"], ["احجز تذكرتك", "شارك الفعالية"], ["📆 Google", "Outlook", "iCal"])));
            var entry = Entry.Noise(NoiseKind.Footer, [.. card]);
            if (r.Chance(0.5))
            {
                page.Top(entry);
            }
            else
            {
                page.AfterBody(entry);
            }
        }
        if (r.Chance(0.4))
        {
            page.Top(Entry.Noise(NoiseKind.Counter, $"{r.Pick("باقٍ على الانطلاق", "العد التنازلي", "يبدأ خلال")}: {r.Number(r.Between(1, 30))} {r.Pick("يوم", "ي")} {r.Number(r.Between(0, 23))} {r.Pick("ساعة", "س")} {r.Number(r.Between(0, 59))} {r.Pick("دقيقة", "د")}"));
        }
        if (r.Chance(0.45))
        {
            var from = r.Pick(Airports);
            var to = r.Pick<string>([.. Airports.Where(a => a != from)]);
            var flight = r.Pick("SV", "XY", "F3", "MS", "RJ", "EK") + Typography.Digits(r, r.Between(100, 1999).ToString(System.Globalization.CultureInfo.InvariantCulture));
            page.Top(Entry.Noise(NoiseKind.Footer, r.Pick(0, 1) == 0
                ? $"{r.Pick("حالة الرحلة", "✈ الرحلة")} {Typography.Wrap(r, flight)} {Typography.Wrap(r, from)} ← {Typography.Wrap(r, to)}: {r.Pick("في موعدها", "متأخرة", "أقلعت", "بوابة " + r.Pick("A", "B", "C") + r.Number(r.Between(1, 40)))}"
                : $"{r.Pick("تنبيه للمسافرين", "إرشادات السفر", "تحديث التأشيرات")}: {r.Pick("يرجى مراجعة حالة الرحلة قبل التوجه إلى المطار", "تأكد من صلاحية جواز السفر ستة أشهر على الأقل", "أصبح بإمكانك طلب التأشيرة إلكترونياً")} {r.Pick("»", "›", "— التفاصيل", "")}".TrimEnd()));
        }
        var titles = page.OtherTitles(r, r.Between(2, 4));
        if (titles.Count > 0 && r.Chance(0.6))
        {
            var lines = new List<string> { r.Pick("فعاليات قريبة منك", "قد يعجبك أيضاً", "أحداث هذا الأسبوع") };
            lines.AddRange(titles.Select(t => r.Chance(0.4) ? $"{t}{r.Pick(" · ", " | ", " — ")}{Calendar.Written(r, day.AddDays(r.Between(1, 20)))}" : Typography.Bullet(r) + t));
            page.Tail(Entry.Teasers(lines, titles));
        }
        if (r.Chance(0.3))
        {
            page.Tail(Entry.Noise(NoiseKind.Footer, r.Pick("المنظم غير مسؤول عن تغيير المواعيد", "الأسعار شاملة ضريبة القيمة المضافة", "لا تُسترد التذاكر بعد الشراء")));
        }
    }
}
