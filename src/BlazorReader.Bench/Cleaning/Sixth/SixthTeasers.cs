namespace BlazorReader.Bench.Cleaning.Sixth;

// Blocks of other stories' leads: related lists, most-read lists, the very long blocks of
// mass portals with «اضغط هنا» between items, bare runs of leads with no heading at all.
internal static class SixthTeasers
{
    public static NoisePiece? Block(DressingRandom r, SixthSite site, SixthOthers others, bool big)
    {
        var leads = others.Leads(r, big ? r.Between(5, 10) : r.Between(2, 4));
        if (leads.Count < 2)
        {
            return null;
        }
        var lines = new List<string>();
        if (r.Chance(0.75))
        {
            var head = site.Family == SixthFamily.EgyptPortal
                ? r.Pick("شاهد أيضا", "شاهد أيضاً", "اقرأ أيضا على", "الأكثر قراءة", "أخبار متعلقة", "موضوعات متعلقة")
                : SixthWords.Say(r, site, r.Pick("أخبار ذات صلة", "الأكثر قراءة", "آخر الأخبار", "المزيد من الأخبار", "مقالات مشابهة", "أخبار متعلقة", "قد يعجبك أيضا"), r.Pick("À la une", "Articles similaires", "Les plus lus"));
            lines.Add(r.Scuff(r.Pick("", "📌 ", "🔥 ", "▪ ") + head + r.Pick("", ":", " :", " 👇", " ⬇")));
        }
        string[] bullets = ["", "", .. SixthWords.Bullets];
        var bullet = r.Pick(bullets);
        var numbered = bullet == "" && r.Chance(0.3);
        for (var i = 0; i < leads.Count; i++)
        {
            var mark = numbered ? r.Pick($"{i + 1}. ", $"{i + 1}- ", DressingRandom.ToArabicIndic($"{i + 1}) ")) : bullet == "" ? "" : bullet + r.Pick(" ", " ", "");
            lines.Add(r.Scuff(mark + leads[i], 0.15));
            if (site.Family == SixthFamily.EgyptPortal && r.Chance(0.3))
            {
                lines.Add(r.Pick("اضغط هنا", "للمزيد اضغط هنا", "التفاصيل"));
            }
            else if (r.Chance(0.1))
            {
                lines.Add(r.Pick("منذ ", "قبل ") + r.Number(r.Between(1, 23)) + r.Pick(" ساعة", " ساعات", " دقيقة"));
            }
        }
        return new NoisePiece(NoiseKind.Teaser, lines) { Teasers = leads };
    }
}
