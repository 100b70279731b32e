namespace BlazorReader.Bench.Cleaning.Blind;

// Other stories a page lists: blocks of headlines or lead sentences under a header (or none),
// and «read also» lines dropped between paragraphs. Each returns the lines it prints and the
// stories' own texts, which a reader would expect listed as teasers.
public sealed class BlindTeasers(DressingPools pools)
{
    private static readonly string[] ReadAlsoLabels =
    [
        "اقرأ أيضا", "اقرأ أيضاً", "اقرأ أيضًا", "إقرأ أيضا", "اقرأ ايضا", "طالع أيضا", "طالع أيضاً", "شاهد أيضا", "يهمك أيضاً", "ذات صلة", "اقرأ كذلك", "قد يهمك",
    ];

    public (List<string> Lines, List<string> Teasers) Block(DressingRandom r, BlindSite site, string? ownTitle, ISet<string> body)
    {
        var lines = new List<string>();
        if (r.Chance(0.7))
        {
            lines.Add(Header(r, site));
        }
        var teasers = Stories(r, r.Between(2, 5), ownTitle, body);
        var bullet = r.Pick("", "", "• ", "- ", "» ", "◀ ", "▪ ", "🔴 ", "#");
        var times = r.Next(5);
        var indic = r.Chance(0.3);
        var after = r.Pick(". ", "- ", ") ", " - ");
        for (var i = 0; i < teasers.Count; i++)
        {
            var mark = bullet == "#" ? Number(i + 1, indic) + after : bullet;
            if (times == 0 && r.Chance(0.8))
            {
                lines.Add(r.Pick("سياسة", "اقتصاد", "رياضة", "محليات", "منوعات", "عربي ودولي", "تكنولوجيا", "صحة"));
            }
            lines.Add(mark + teasers[i]);
            if (times == 1)
            {
                lines.Add(r.Chance(0.5) ? BlindDates.Ago(r, site) : BlindDates.Text(r, site));
            }
        }
        if (r.Chance(0.15))
        {
            lines.Add(r.Pick("المزيد", "عرض المزيد", "المزيد من الأخبار", "كل الأخبار", "Voir plus") + r.Pick("", " »", " ..."));
        }
        return (lines, teasers);
    }

    // One «read also» between paragraphs: on one line, or the label over the story's title.
    public (List<string> Lines, List<string> Teasers) ReadAlso(DressingRandom r, BlindSite site, string? ownTitle, ISet<string> body, int count)
    {
        var label = site.French && r.Chance(0.3) ? r.Pick("Lire aussi", "À lire aussi") : r.Pick(ReadAlsoLabels);
        var teasers = Stories(r, count, ownTitle, body, leads: 0.1);
        if (teasers.Count == 0)
        {
            return ([], []);
        }
        var decorated = r.Pick("", "", "🔗 ", "⬅️ ", "<< ", "* ") + label;
        if (count == 1 && r.Chance(0.6))
        {
            return ([decorated + r.Pick(":", ": ", " :", " - ", " | ", "..", " »", " ", "…") + " " + teasers[0]], teasers);
        }
        var mark = r.Pick("", "- ", "• ", "» ");
        return ([decorated + r.Pick(":", "", " :", "»"), .. teasers.Select(t => mark + t)], teasers);
    }

    private static string Header(DressingRandom r, BlindSite site) => r.Next(5) switch
    {
        0 => r.Pick("أخبار", "مواضيع", "مقالات", "قصص", "تقارير") + " " + r.Pick("ذات صلة", "متعلقة", "مشابهة", "أخرى", "قد تهمك"),
        1 => r.Pick("الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولاً", "الأكثر تعليقاً", "الأحدث"),
        2 => r.Pick("قد يهمك", "ننصحك بقراءة", "لا تفوتك", "اخترنا لك", "مختارات المحرر", "من الأرشيف"),
        3 => r.Pick("المزيد من", "أخبار أخرى من", "آخر أخبار", "أحدث أخبار") + " " + r.Pick(site.Name, "القسم", "محليات", "الرياضة", "الاقتصاد"),
        _ => site.French ? r.Pick("À lire aussi", "Articles similaires", "Les plus lus") : r.Pick("أخبار متعلقة", "اقرأ المزيد") + r.Pick(":", "", " ⬇"),
    } + r.Pick("", "", ":", " :", " »");

    // A numbered list keeps one script and one mark from its first item to its last.
    private static string Number(int n, bool indic)
    {
        var text = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return indic ? DressingRandom.ToArabicIndic(text) : text;
    }

    private List<string> Stories(DressingRandom r, int count, string? ownTitle, ISet<string> body, double leads = 0.3)
    {
        var list = new List<string>();
        for (var tries = 0; list.Count < count && tries < 40; tries++)
        {
            var text = r.Chance(leads) ? r.Pick(pools.Leads) : r.Chance(0.2) ? pools.RelatedTitle(r, ownTitle) ?? r.Pick(pools.Titles) : r.Pick(pools.Titles);
            var key = TextReferee.Normalize(text);
            // The pools hold this article too: its own lead sentence is no other story.
            if (key.Length > 0 && key != ownTitle && !body.Any(b => b.Contains(key, StringComparison.Ordinal)) && !list.Contains(key))
            {
                list.Add(key);
            }
        }
        return list;
    }
}
