using System.Globalization;
namespace BlazorReader.Bench.Cleaning.Thirtieth;

// Other stories a page lists: «اقرأ أيضاً» inline and in small blocks, and teaser blocks of
// titles or leads with times, sections, bullets or numbers. Every item is a pool text.
internal static class StoryLists
{
    private static readonly string[] Sections = ["محليات", "اقتصاد", "رياضة", "دوليات", "ثقافة", "منوعات", "تقنية", "صحة"];

    public static void ReadAlsoInline(Page page, StoryFacts f)
    {
        var r = f.R;
        if (f.OtherTitle() is not { } title)
        {
            return;
        }
        var label = r.Pick("اقرأ أيضاً", "اقرأ أيضًا", "إقرأ ايضا", "طالع أيضاً", "ذو صلة", "Also read");
        var line = r.Next(3) switch
        {
            0 => label + r.Pick(": ", " :", " | ", " ← ", " — ") + title,
            1 => "» " + label + ": " + title,
            _ => "(" + label + r.Pick(": ", " ") + title + ")",
        };
        page.Chrome(NoiseKind.ReadAlso, null, [title], line);
    }

    public static void ReadAlsoBlock(Page page, StoryFacts f)
    {
        var r = f.R;
        var titles = Enumerable.Range(0, r.Between(2, 3)).Select(_ => f.OtherTitle()).OfType<string>().ToList();
        if (titles.Count == 0)
        {
            return;
        }
        var header = r.Pick("اقرأ أيضاً", "اقرأ أيضًا:", "قد يهمك أيضاً", "ذات صلة", "مواضيع مرتبطة", "اقرأ كذلك ⬇");
        var bullet = r.Pick("• ", "- ", "◂ ", "▪ ", "");
        var lines = titles.Select((t, i) => (bullet.Length == 0 ? f.Digits((i + 1).ToString(CultureInfo.InvariantCulture)) + r.Pick(". ", "- ", ") ") : bullet) + t);
        page.Chrome(NoiseKind.ReadAlso, null, titles, [header, .. lines]);
    }

    // A block of other stories: a header, then titles or leads each with its own decoration.
    public static void Teasers(Page page, StoryFacts f)
    {
        var r = f.R;
        var useLeads = r.Chance(0.3);
        var items = Enumerable.Range(0, r.Between(2, 5)).Select(_ => useLeads ? f.OtherLead() : f.OtherTitle()).OfType<string>().ToList();
        if (items.Count == 0)
        {
            return;
        }
        var header = r.Pick("الأكثر قراءة", "آخر الأخبار", "أخبار ذات صلة", "المزيد من " + r.Pick(Sections), "الأكثر تداولاً اليوم", "من أخبار " + f.Paper, "شاهد أيضاً", "More stories");
        var style = r.Next(5);
        var lines = new List<string>();
        if (r.Chance(0.85))
        {
            lines.Add(header);
        }
        for (var i = 0; i < items.Count; i++)
        {
            var when = r.Chance(0.5) ? f.Clock() : r.Pick(f.Digits(r.Between(11, 59).ToString(CultureInfo.InvariantCulture)) + " دقيقة", "ساعة", "ساعتين", f.Digits(r.Between(3, 9).ToString(CultureInfo.InvariantCulture)) + " ساعات");
            lines.Add(style switch
            {
                0 => f.Digits((i + 1).ToString(CultureInfo.InvariantCulture)) + r.Pick(". ", " - ", "| ") + items[i],
                1 => items[i] + r.Pick(" · ", " — ", "  ") + (when.Contains(':') ? when : "منذ " + when),
                2 => "[" + r.Pick(Sections) + "] " + items[i],
                3 => r.Pick("• ", "▸ ", "◆ ") + items[i],
                _ => items[i],
            });
            if (style == 4 && r.Chance(0.6))
            {
                lines.Add(r.Pick(Sections) + r.Pick(" | ", " · ") + f.Gregorian(f.Day.AddDays(-r.Next(4))));
            }
        }
        page.Chrome(NoiseKind.Teaser, null, items, [.. lines]);
    }

    public static void Caption(Page page, StoryFacts f)
    {
        var r = f.R;
        var who = r.Chance(0.5) ? StoryFacts.Name(r) : r.Chance(0.5) ? f.Agency : r.Pick(DressingPools.LatinAgencies);
        var what = r.Pick("جانب من الاجتماع", "من موقع الحادث", "صورة أرشيفية", "المسؤولون خلال الجولة", "لقطة من الفعالية", "جانب من المؤتمر الصحفي", "الفريق خلال التدريب");
        var line = r.Next(6) switch
        {
            0 => what + " (" + r.Pick("تصوير: ", "الصورة: ", "") + who + ")",
            1 => "(" + what + r.Pick(" — ", " - ") + who + ")",
            2 => "📷 " + who + r.Pick("", " / " + f.Paper),
            3 => what + r.Separator("—", "|") + r.Pick("الصورة من ", "عدسة ") + who,
            4 => "— " + what + r.Pick(" أمس", " اليوم", "") + ". " + r.Pick("(", "[") + who + r.Pick(")", "]"),
            _ => r.Pick("Photo: ", "Credit: ") + r.Pick(DressingPools.LatinAgencies) + r.Pick("", " / " + r.Pick(DressingPools.LatinFirst)),
        };
        page.Chrome(NoiseKind.Caption, line);
    }
}
