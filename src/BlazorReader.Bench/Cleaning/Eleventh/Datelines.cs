namespace BlazorReader.Bench.Cleaning.Eleventh;

// The place and the source before the lead, as each region's wire and papers write them:
// «الرياض - واس:», Petra's «عمان 21 تموز (بترا) -», WAFA's «رام الله 21-7-2015 وفا-», the
// Bahraini «المنامة في 21 يوليو / بنا /», «الجزائر - وأج», «تونس (وات)», «الرباط (ومع) -»;
// glued to the lead or on a line of their own. And the date bars: published, updated, the
// Hijri date beside the Gregorian.
internal static class Datelines
{
    public static void Write(Dressing s)
    {
        var r = s.R;
        var text = Dateline(s);
        var ends = text.EndsWith(':') || text.EndsWith('-') || text.EndsWith('/') || text.EndsWith('—');
        var joiner = ends ? r.Pick(" ", " ", "", "\u00A0") : r.Pick(" - ", ": ", " ـ ", " ");
        if (r.Chance(0.6) && s.Sheet.Glue(0, true, new NoisePiece(NoiseKind.Dateline, [text]), joiner))
        {
            return;
        }
        s.Sheet.Put(new Spot(Zone.Head), NoiseKind.Dateline, text);
    }

    public static string Dateline(Dressing s)
    {
        var r = s.R;
        var city = r.Chance(0.8) ? s.Outlet.City : r.Pick(DressingPools.Cities);
        var agency = r.Chance(0.65) ? s.Outlet.Agency : r.Pick(DressingPools.Agencies);
        var d = s.When;
        var month = CalendarWords.MonthName(d.Month, s.Outlet.Country, r, paired: false);
        var day = CalendarWords.Inv(d.Day);
        return r.Next(13) switch
        {
            0 or 1 => $"{city}{r.Separator("-", "–", "ـ")}{agency}{r.Pick(":", ":", " -", "")}",
            2 => $"{city} ({agency}){r.Pick(" -", " –", ":", "")}",
            3 => r.Pick($"{city}/ {agency}/", $"{city} /{agency}/", $"{city} / {agency} /"),
            4 => s.Digits($"{city} {day} {month} ({agency}) -"),
            5 => s.Digits($"{city} {day}-{CalendarWords.Inv(d.Month)}-{CalendarWords.Inv(d.Year)} {agency}-"),
            6 => s.Digits($"{city} في {day} {month} / {agency} /"),
            7 => $"{city}{r.Separator("-", ":")}«{s.Outlet.Arabic}»:",
            8 => $"{agency}{r.Separator("-", "–")}{city}:",
            9 => $"{city}:",
            10 => $"{city}، {CalendarWords.Weekday(d)} ({agency}) —",
            11 => $"{city}{r.Separator("-")}\u200F{agency}\u200F:",
            _ => $"{city} - {r.Pick("خاص", $"مراسل {s.OutletName()}", "مكتب " + s.OutletName(), "خاص بـ" + s.OutletName())}:",
        };
    }

    // A line that dates the story: published, updated, both, or the day with its Hijri date.
    public static string[] DateBar(Dressing s)
    {
        var r = s.R;
        var d = s.When;
        var updated = d.AddMinutes(r.Between(20, 600));
        return r.Next(8) switch
        {
            0 => [$"نشر في{r.Pick(": ", " ", " : ")}{CalendarWords.Day(d, s)}{r.Pick(" - ", " | ", " الساعة ", " ")}{CalendarWords.Time(d, s)}"],
            1 => [$"آخر تحديث{s.Colon()}{CalendarWords.Day(updated, s)}"],
            2 => [CalendarWords.Day(d, s)],
            3 => [$"Published: {CalendarWords.English(d, r)}" + r.Pick("", $" - Updated: {CalendarWords.English(updated, r)}")],
            4 => [$"تاريخ النشر{s.Colon()}{CalendarWords.Day(d, s)}", $"آخر تحديث{s.Colon()}{CalendarWords.Ago(s)}"],
            5 => [$"{CalendarWords.Day(d, s)} | {CalendarWords.Time(d, s)}"],
            6 => [s.Digits($"{CalendarWords.Weekday(d)}، {CalendarWords.Inv(d.Day)} {CalendarWords.MonthName(d.Month, s.Outlet.Country, r)} {CalendarWords.Inv(d.Year)} الموافق {CalendarWords.Hijri(d)}")],
            _ => [$"{r.Pick("🕒", "⏰", "📅")} {CalendarWords.Ago(s)}"],
        };
    }
}
