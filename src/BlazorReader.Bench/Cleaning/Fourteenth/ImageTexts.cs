namespace BlazorReader.Bench.Cleaning.Fourteenth;

// The texts that stand for a picture once the picture is gone: captions with a photographer's
// credit, alt texts (a platform's automatic «may be an image of…» too), file names and
// figure numbers. Whatever stood for a picture is a Caption.
internal static class ImageTexts
{
    private static readonly string[] Events = ["الاجتماع", "الحفل", "ورشة العمل", "الجولة التفقدية", "المؤتمر الصحفي", "الفعالية", "توقيع الاتفاقية", "اللقاء", "الزيارة", "حفل التخريج"];

    private static readonly string[] Roles = ["المسؤول", "الوزير", "مدير عام الفرع", "رئيس اللجنة", "المحافظ", "الأمين العام", "المتحدث الرسمي"];

    private static readonly string[] Seen = ["شخص واحد", "شخصان", "٣ أشخاص", "أشخاص يقفون", "أشخاص يجلسون", "نص", "منظر داخلي", "منظر خارجي", "سماء", "طاولة", "حشد", "لقطة شاشة", "سيارة", "مبنى", "بدلة"];

    private static readonly string[] SeenLatin = ["1 person", "2 people", "people standing", "text", "crowd", "indoor", "table", "suit", "screenshot"];

    public static string Caption(DressingRandom r) => r.Next(4) switch
    {
        0 => "جانب من " + r.Pick(Events),
        1 => r.Pick(Roles) + " " + r.Pick("خلال", "أثناء", "في أثناء") + " " + r.Pick(Events),
        2 => r.Pick("صورة أرشيفية", "صورة تعبيرية", "من الأرشيف", "صورة من المكان"),
        _ => r.Pick(Roles) + " " + r.Pick("يتحدث إلى", "يستقبل", "يكرّم") + " " + r.Pick("الحضور", "الوفد", "المشاركين", "الفائزين"),
    } + (r.Chance(0.3) ? " " + PhotoCredit(r) : "");

    private static string PhotoCredit(DressingRandom r)
    {
        var (open, close) = r.Pick(("(تصوير: ", ")"), ("- تصوير ", ""), ("/ عدسة ", ""), ("(عدسة: ", ")"));
        return open + DressingPools.PersonName(r) + close;
    }

    public static string AltText(DressingRandom r)
    {
        if (r.Chance(0.25))
        {
            var latin = Enumerable.Range(0, r.Between(1, 3)).Select(_ => r.Pick(SeenLatin)).Distinct().ToList();
            return r.Chance(0.2) ? "No photo description available." : "May be an image of " + string.Join(" and ", latin);
        }
        if (r.Chance(0.15))
        {
            return "لا يتوفر وصف للصورة.";
        }
        var seen = Enumerable.Range(0, r.Between(1, 3)).Select(_ => r.Pick(Seen)).Distinct().Select(s => r.Chance(0.5) ? "\u200F" + s + "\u200F" : s);
        return r.Pick("قد تكون صورة لـ ", "قد تكون صورة ‏", "ربما تحتوي الصورة على: ") + string.Join(r.Pick(" و", "، ", " و\u200F"), seen);
    }

    public static string FileName(DressingRandom r) => r.Next(4) switch
    {
        0 => "IMG_" + r.Between(2014, 2015) + r.Between(10, 12) + r.Between(10, 28) + "_" + r.Between(100000, 235959) + r.Pick(".jpg", ".JPG", ".jpeg"),
        1 => "DSC_" + r.Between(1000, 9999) + r.Pick(".JPG", ".jpg"),
        2 => Outlets.Slug(r) + "-" + r.Between(1, 40) + r.Pick(".jpg", ".png", ".webp"),
        _ => "صورة-" + r.Pick("الخبر", "رئيسية", "المقال") + "-" + r.Between(1, 9) + ".jpg",
    };

    public static string Figure(DressingRandom r)
    {
        var n = r.Number(r.Between(1, 6));
        return r.Next(4) switch
        {
            0 => r.Pick("الشكل (", "صورة رقم (", "(") + n + r.Pick("): ", ") ", ") - "),
            1 => r.Pick("الصورة ", "شكل ", "صورة ") + n + r.Pick(": ", " - ", " | "),
            2 => "Fig. " + n + r.Pick(": ", " "),
            _ => r.Pick("الصورة ", "") + n + " من " + r.Number(r.Between(6, 9)) + r.Pick(": ", " - "),
        } + Caption(r);
    }
}
