namespace BlazorReader.Bench.Cleaning.Twentieth;

// A petition or a donation campaign page that carries the story: signature and fund
// counters with their goals written as text, the progress line, recent signers, the sign or
// donate button, the campaign's starter and its updates box. Counts and progress are Counter,
// the starter a Byline, buttons and boxes Footer, the spread buttons Share.
internal static class CampaignPage
{
    private static readonly string[] Spread = ["واتساب", "تويتر", "فيسبوك", "نسخ الرابط"];

    public static void Dress(PageDraft page, DressingRandom r)
    {
        var petition = r.Chance(0.5);
        var goal = r.Pick(1000, 5000, 10000, 25000, 50000, 100000);
        var reached = r.Between(goal / 10, goal * 11 / 10);
        var head = new List<Entry>();
        if (r.Chance(0.6))
        {
            head.Add(Entry.Noise(NoiseKind.Byline, $"{r.Pick("أطلق هذه العريضة", "بدأ الحملة", "صاحب المبادرة:", "أنشأها")} {DressingPools.PersonName(r)}{r.Pick("", " · " + Calendar.Ago(r), " في " + r.Pick(DressingPools.Cities))}"));
        }
        head.Add(Entry.Noise(NoiseKind.Counter, petition
            ? r.Pick("وقّع {0} شخصاً · الهدف التالي {1}", "{0} توقيعاً من أصل {1}", "{0} وقّعوا. ساعدنا للوصول إلى {1}!")
                .Replace("{0}", r.Number(reached), StringComparison.Ordinal).Replace("{1}", r.Number(goal), StringComparison.Ordinal)
            : r.Pick("تم جمع {0} ريال من أصل {1} ريال", "جُمع: {0} ر.س | المستهدف: {1} ر.س", "{0} / {1} ريال")
                .Replace("{0}", r.Number(reached * 7), StringComparison.Ordinal).Replace("{1}", r.Number(goal * 7), StringComparison.Ordinal)));
        if (r.Chance(0.6))
        {
            var share = Math.Min(100, reached * 100 / goal);
            head.Add(Entry.Card(NoiseKind.Counter, r.Pick(0, 1, 2) switch
            {
                0 => $"{Typography.Digits(r, share.ToString(System.Globalization.CultureInfo.InvariantCulture))}{r.Pick("٪", "%")} من الهدف",
                1 => $"{new string('▰', share / 10)}{new string('▱', 10 - share / 10)} {r.Number(share)}%",
                _ => $"{r.Pick("تبقّى", "متبقٍ", "ينتهي بعد")} {r.Number(r.Between(2, 40))} {r.Pick("يوماً", "أيام")} · {r.Number(r.Between(20, 3000))} {(petition ? "مؤيداً" : r.Pick("داعماً", "متبرعاً"))}",
            }));
        }
        page.Top([.. head]);
        page.AfterBody(Entry.Noise(NoiseKind.Footer, petition
            ? r.Pick("وقّع العريضة", "✍ أضف توقيعك الآن", "وقّع الآن — اسمك سيظهر علناً", "أؤيد هذه العريضة")
            : r.Pick("تبرّع الآن", "ساهم بـ ١٠ ريالات", "تبرع عبر Apple Pay أو مدى", "ادعم الحملة ❤")));
        if (r.Chance(0.5))
        {
            var signers = new List<string> { r.Pick("آخر الموقّعين", "أحدث الداعمين", "انضم مؤخراً") };
            for (var i = r.Between(2, 4); i > 0; i--)
            {
                signers.Add($"{DressingPools.PersonName(r)} {(petition ? r.Pick("وقّع", "انضم") : r.Pick("تبرع", "تبرعت بمبلغ " + r.Number(r.Pick(10, 50, 100, 500)) + " ريال"))} {Calendar.Ago(r)}");
            }
            page.Tail(Entry.Noise(NoiseKind.Counter, [.. signers]));
        }
        if (r.Chance(0.55))
        {
            page.Tail(Entry.Noise(NoiseKind.Share, $"{(petition ? r.Pick("شارك العريضة", "ادعُ أصدقاءك") : r.Pick("انشر الحملة", "شارك رابط التبرع"))}{r.Pick(": ", " ", " ← ")}{Typography.Join(r, Spread.Take(r.Between(2, 4)))}"));
        }
        if (r.Chance(0.35))
        {
            page.Tail(Entry.Noise(NoiseKind.Footer, $"{r.Pick("تحديث من صاحب الحملة", "مستجدات الحملة", "آخر الأخبار")} ({Calendar.Ago(r)}): {r.Pick("شكراً لكل من دعم!", "وصلنا إلى نصف الهدف.", "سلّمنا التوقيعات للجهة المختصة.")}"));
        }
        if (r.Chance(0.3))
        {
            page.Tail(Entry.Noise(NoiseKind.Footer, r.Pick("الحملات المنشورة تعبّر عن آراء أصحابها", "منصة مرخصة · جميع التبرعات موثقة", "بتوقيعك توافق على شروط الاستخدام وسياسة الخصوصية")));
        }
    }
}
