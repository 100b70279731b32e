using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Fourteenth;

// Side widgets whose tables a copy flattens into lines: a league table, exchange or gold
// rates, a constituency's early results. They sit beside any story, so they are page
// furniture (Footer); the story's own tables are written by StoryLists and kept.
internal static class SideTables
{
    private static readonly string[] Teams = ["الهلال", "النصر", "الاتحاد", "الأهلي", "الشباب", "الفتح", "التعاون", "الرائد", "الفيصلي", "الخليج"];

    // Riyals to one unit, near the rates of the corpus's summer.
    private static readonly (string Name, double Rate)[] Currencies = [("الدولار الأمريكي", 3.75), ("اليورو", 4.12), ("الجنيه الإسترليني", 5.84), ("الدرهم الإماراتي", 1.02), ("الدينار الكويتي", 12.41), ("الجنيه المصري", 0.48)];

    public static PageRun Table(DressingRandom r)
    {
        var script = r.Chance(0.4) ? 1 : 0;
        var cell = r.Pick(" | ", "\t", "   ", " ");
        return PageRun.Chrome(NoiseKind.Footer, r.Next(3) switch
        {
            0 => League(r, script, cell),
            1 => Rates(r, script, cell),
            _ => Results(r, script, cell),
        });
    }

    private static string D(string text, int script) => Ink.Digits(text, script);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static List<string> League(DressingRandom r, int script, string cell)
    {
        var lines = new List<string> { r.Pick("ترتيب الدوري", "جدول الترتيب", "ترتيب الفرق") };
        if (r.Chance(0.5))
        {
            lines.Add(string.Join(cell, "#", "الفريق", "لعب", "النقاط"));
        }
        var points = r.Between(40, 70);
        foreach (var (team, i) in Teams.OrderBy(_ => r.Next(100)).Take(r.Between(3, 6)).Select((t, i) => (t, i)))
        {
            points -= r.Between(0, 6);
            lines.Add(D(string.Join(cell, N(i + 1), team, N(r.Between(24, 26)), N(points)), script));
        }
        lines.Add(r.Pick("الترتيب الكامل ←", "عرض الجدول كاملًا", "المزيد من الإحصاءات"));
        return lines;
    }

    private static List<string> Rates(DressingRandom r, int script, string cell)
    {
        var lines = new List<string> { r.Pick("أسعار العملات اليوم", "أسعار الصرف مقابل الريال", "أسعار الذهب والعملات") };
        foreach (var (name, value) in Currencies.OrderBy(_ => r.Next(100)).Take(r.Between(2, 5)))
        {
            var rate = (value * (1 + (r.Next(21) - 10) / 1000.0)).ToString("0.00", CultureInfo.InvariantCulture);
            lines.Add(name + cell + D(rate, script) + r.Pick(" ▲", " ▼", "", " ▬"));
        }
        if (r.Chance(0.5))
        {
            lines.Add(D(r.Chance(0.5) ? "جرام الذهب عيار 21" + cell + N(r.Between(118, 128)) : "أونصة الذهب" + cell + N(r.Between(4100, 4300)), script));
        }
        return lines;
    }

    private static List<string> Results(DressingRandom r, int script, string cell)
    {
        var lines = new List<string> { r.Pick("النتائج الأولية - الدائرة ", "نتائج الفرز | الدائرة ") + D(N(r.Between(1, 12)), script) };
        var votes = r.Between(2000, 9000);
        for (var i = 0; i < r.Between(2, 4); i++)
        {
            votes -= r.Between(100, 900);
            lines.Add(D(string.Join(cell, DressingPools.PersonName(r), N(Math.Max(votes, 120)) + " صوتًا"), script));
        }
        lines.Add(D(r.Pick("نسبة الفرز: ", "تم فرز ") + N(r.Between(20, 95)) + "٪" + r.Pick("", " من الصناديق"), script));
        return lines;
    }
}
