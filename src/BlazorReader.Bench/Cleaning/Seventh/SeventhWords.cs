using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Seventh;

// The small vocabularies the shapes combine: menus, networks, months in both the Gulf and the
// Levantine names, teams, programmes, and the written forms of dates and times.
internal static class SeventhWords
{
    public static readonly string[] Menu =
    [
        "الرئيسية", "محليات", "اقتصاد", "رياضة", "منوعات", "كتاب الرأي", "دولي", "صحة", "تقنية", "فيديو", "صور", "المناطق",
        "ثقافة وفن", "الخليج", "العالم العربي", "مجتمع", "حوادث", "تعليم", "وظائف", "اتصل بنا", "من نحن", "أرشيف", "بحث",
    ];

    public static readonly string[] Networks = ["فيسبوك", "تويتر", "واتساب", "تلغرام", "لينكدإن", "جوجل+", "سناب شات", "إنستغرام", "البريد", "يوتيوب", "Facebook", "Twitter", "WhatsApp"];

    public static readonly string[] GulfMonths = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    public static readonly string[] LevantMonths = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

    public static readonly string[] EnglishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static readonly string[] Weekdays = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    public static readonly string[] HijriMonths = ["رمضان", "شوال", "ذو القعدة", "ذو الحجة"];

    public static readonly string[] Teams =
    [
        "الهلال", "النصر", "الاتحاد", "الأهلي", "الشباب", "الفتح", "التعاون", "الرائد", "الفيصلي", "الخليج", "القادسية", "الوحدة",
        "الوحدات", "الفيصلي الأردني", "المريخ", "الهلال السوداني", "الجيش", "الوداد", "الزمالك", "أهلي صنعاء",
    ];

    public static readonly string[] Programmes = ["حديث الساعة", "في العمق", "ما وراء الخبر", "نقطة حوار", "عالم الاقتصاد", "بتوقيت مكة", "الحصاد", "صباح الخير يا عرب"];

    public static readonly string[] Broadcasters = ["بي بي سي عربي", "فرانس 24", "دويتشه فيله عربية", "سكاي نيوز عربية", "روسيا اليوم", "الحرة", "مونت كارلو الدولية", "العربية"];

    public static readonly string[] Portals = ["صحيفة المرصد", "أخبار 24", "صحيفة سبق", "عاجل", "نبض", "المختصر", "صحيفة عناوين", "بوابة الوسط", "الموقع بوست", "سودارس", "خبرني", "عمون", "دنيا الوطن", "عنب بلدي"];

    public static readonly string[] Forums = ["منتديات الساحة", "منتدى المطيري", "منتديات شبكة الإقلاع", "منتديات ستار تايمز", "منتدى الجوف", "منتديات عيون العرب"];

    public static readonly string[] Ranks = ["عضو مميز", "عضو جديد", "مشرف عام", "كاتب مميز", "عضو ذهبي", "مراقب"];

    public static string Digits(DressingRandom r, string text) => r.Chance(0.35) ? DressingRandom.ToArabicIndic(text) : text;

    public static string Two(int n) => n.ToString("00", CultureInfo.InvariantCulture);

    public static string Time(DressingRandom r)
    {
        var hour = r.Between(0, 23);
        var text = r.Chance(0.5) ? $"{Two(hour)}:{Two(r.Between(0, 59))}" : $"{(hour % 12 == 0 ? 12 : hour % 12).ToString(CultureInfo.InvariantCulture)}:{Two(r.Between(0, 59))}{r.Pick(" ص", " م", " صباحا", " مساء", " AM", " PM")}";
        return Digits(r, text);
    }

    // A date as pages of this family print it, in Gulf, Levantine, English or Hijri words or in figures.
    public static string Date(DressingRandom r, DateOnly d)
    {
        var day = d.Day.ToString(CultureInfo.InvariantCulture);
        var year = d.Year.ToString(CultureInfo.InvariantCulture);
        return r.Next(7) switch
        {
            0 => Digits(r, $"{day} {GulfMonths[d.Month - 1]} {year}"),
            1 => Digits(r, $"{Weekdays[(int)d.DayOfWeek]}{r.Pick(" ", "، ", " - ")}{day} {LevantMonths[d.Month - 1]} {year}"),
            2 => $"{EnglishMonths[d.Month - 1][..3]} {day}, {year}",
            3 => Digits(r, $"{day}{r.Pick("/", "-", ".")}{d.Month}{r.Pick("/", "-", ".")}{year}"),
            4 => Digits(r, $"{r.Between(1, 29)} {r.Pick(HijriMonths)} 1436{r.Pick("هـ", " هـ", "")}"),
            5 => Digits(r, $"{Weekdays[(int)d.DayOfWeek]} {day} {GulfMonths[d.Month - 1]}{r.Pick(" ", "، ")}{year} {r.Pick("", "- ")}{Time(r)}"),
            _ => $"{year}-{Two(d.Month)}-{Two(d.Day)}{r.Pick("", "T" + Two(r.Between(0, 23)) + ":" + Two(r.Between(0, 59)))}",
        };
    }

    public static DateOnly SomeDay(DressingRandom r) => new DateOnly(2015, 6, 1).AddDays(r.Between(0, 100));
}
