namespace BlazorReader.Bench.Cleaning.Twentieth;

// What a page puts between the reader and the story before anything else: the ad-blocker
// wall, the notification-permission prompt, the edition and language switchers, a sponsored
// label. All of it reaches a copy as lines of text at the top or the bottom. Walls, prompts
// and switchers are Footer (a reader's "page furniture"); a sponsor label is Tags.
internal static class PageWalls
{
    private static readonly string[] Editions = ["السعودية", "مصر", "الإمارات", "الكويت", "المغرب", "الدولية"];
    private static readonly string[] Tongues = ["English", "Français", "Türkçe", "اردو", "فارسی", "Español", "Deutsch", "Bahasa"];

    public static void Dress(PageDraft page, DressingRandom r)
    {
        switch (r.Next(5))
        {
            case 0:
                Place(page, r, Entry.Noise(NoiseKind.Footer,
                    Typography.Stretch(r, r.Pick("يبدو أنك تستخدم مانع إعلانات", "تم اكتشاف مانع الإعلانات", "عذراً، نلاحظ أنك تحجب الإعلانات")),
                    r.Pick("الإعلانات تساعدنا على تقديم محتوى مجاني. يرجى إضافة موقعنا إلى القائمة البيضاء.", "ادعم الصحافة المستقلة: عطّل مانع الإعلانات ثم حدّث الصفحة.", "للمتابعة، أوقف مانع الإعلانات أو اشترك بـ ٩ ريالات شهرياً."),
                    Typography.Join(r, r.Pick<string[]>(["لقد عطّلته", "كيف أعطّله؟"], ["تحديث الصفحة"], ["متابعة دون تعطيل", "اشترك"]))));
                break;
            case 1:
                Place(page, r, Entry.Noise(NoiseKind.Footer,
                    $"{r.Pick("هل تود تلقي إشعارات بآخر الأخبار؟", "فعّل التنبيهات ليصلك العاجل أولاً", "يريد الموقع عرض الإشعارات")}",
                    Typography.Join(r, r.Pick<string[]>(["سماح", "لا شكراً"], ["نعم", "لاحقاً"], ["تفعيل", "ليس الآن"], ["حظر", "سماح"]))));
                break;
            case 2:
                Place(page, r, Entry.Noise(NoiseKind.Footer, $"{r.Pick("الطبعة", "النسخة", "اختر طبعتك")}{r.Pick(": ", " ", " :")}" + Typography.Join(r, Editions.OrderBy(_ => r.Next(50)).Take(r.Between(3, 6)))));
                break;
            case 3:
                var line = Typography.Join(r, Tongues.OrderBy(_ => r.Next(50)).Take(r.Between(2, 5)).Select(t => Typography.Wrap(r, t)).Prepend("العربية"));
                Place(page, r, Entry.Noise(NoiseKind.Footer, r.Chance(0.4) ? "🌐 " + line : line));
                break;
            default:
                page.Top(Entry.Noise(NoiseKind.Tags, $"{r.Pick("برعاية", "محتوى برعاية", "بدعم من", "ترويجي |", "إعلان ·")} {r.Pick("مجموعة", "شركة", "مصرف", "هيئة")} {r.Pick("النخبة", "الأفق", "الريادة", "المستقبل", "الواحة")}{r.Pick("", " للتطوير", " القابضة", " الوطنية")}"));
                break;
        }
    }

    private static void Place(PageDraft page, DressingRandom r, Entry wall)
    {
        if (r.Chance(0.7))
        {
            page.Top(wall);
        }
        else
        {
            page.Tail(wall);
        }
    }
}
