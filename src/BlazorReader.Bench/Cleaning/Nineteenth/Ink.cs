using System.Text;

namespace BlazorReader.Bench.Cleaning.Nineteenth;

// The small marks of typeset Arabic pages: tatweel in designed labels, either digit script,
// clock times and dates as different desks print them, bullets and direction marks.
public static class Ink
{
    private const string NonJoining = "اأإآدذرزوؤةىءـ";

    private static readonly string[] Months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

    private static readonly string[] LevantMonths = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];

    private static readonly string[] LatinMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    // Designers stretch a label's words; only noise is stretched, because the referee keeps
    // tatweel and a stretched body line would no longer be the story's text.
    public static string Stretch(DressingRandom r, string text, double p = 0.25)
    {
        if (!r.Chance(p))
        {
            return text;
        }
        var sb = new StringBuilder(text.Length + 6);
        for (var i = 0; i < text.Length; i++)
        {
            sb.Append(text[i]);
            if (i + 1 < text.Length && IsArabicLetter(text[i]) && IsArabicLetter(text[i + 1]) && !NonJoining.Contains(text[i], StringComparison.Ordinal) && r.Chance(0.18))
            {
                sb.Append('\u0640', r.Between(1, 3));
            }
        }
        return sb.ToString();
    }

    public static string Digits(DressingRandom r, string text) => r.Chance(0.4) ? DressingRandom.ToArabicIndic(text) : text;

    public static string Two(int n) => n.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    public static string Clock(DressingRandom r)
    {
        var h = r.Between(6, 23);
        if (r.Chance(0.5))
        {
            return Digits(r, $"{h}:{Two(r.Next(60))}");
        }
        var suffix = h >= 12 ? r.Pick("", " م", " مساءً", " PM") : r.Pick("", " ص", " صباحاً", " AM");
        return Digits(r, $"{(h > 12 ? h - 12 : h)}:{Two(r.Next(60))}") + suffix;
    }

    public static string Day(DressingRandom r, DateOnly d) => r.Next(7) switch
    {
        0 => Digits(r, $"{d.Day} ") + Months[d.Month - 1] + Digits(r, $" {d.Year}"),
        1 => Digits(r, $"{d.Day} ") + LevantMonths[d.Month - 1] + Digits(r, $" {d.Year}"),
        2 => Digits(r, $"{d.Year}/{Two(d.Month)}/{Two(d.Day)}"),
        3 => Digits(r, $"{d.Day}") + "\u200F/" + Digits(r, $"{d.Month}") + "\u200F/" + Digits(r, $"{d.Year}"),
        4 => $"{LatinMonths[d.Month - 1]} {d.Day}, {d.Year}",
        5 => $"{d.Day} {LatinMonths[d.Month - 1]} {d.Year}",
        _ => Digits(r, $"{Two(d.Day)}-{Two(d.Month)}-{d.Year}"),
    };

    // The Hijri month of July and August 2015 was Shawwal 1436 (a rough day is enough for chrome).
    public static string Hijri(DressingRandom r, DateOnly d) =>
        Digits(r, $"{Math.Clamp(d.DayOfYear - 197, 1, 29)} ") + r.Pick("شوال", "شوّال") + Digits(r, " 1436") + r.Pick(" هـ", "هـ", "");

    public static string Ago(DressingRandom r) => r.Next(5) switch
    {
        0 => "منذ " + r.Number(r.Between(3, 58)) + " دقيقة",
        1 => r.Pick("منذ ساعة", "منذ ساعتين", "قبل ساعة"),
        2 => "منذ " + r.Number(r.Between(3, 10)) + " ساعات",
        3 => "قبل " + r.Number(r.Between(2, 9)) + r.Pick(" د", " س"),
        _ => r.Number(r.Between(1, 23)) + r.Pick("h", "m", " س"),
    };

    public static string Bullet(DressingRandom r) => r.Pick("• ", "· ", "- ", "– ", "▪ ", "◂ ", "■ ", "○ ", "» ", "", "◀ ");

    public static string Mark(DressingRandom r) => r.Pick("\u200F", "\u200E", "\u061C", "", "", "");

    private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A';
}
