namespace BlazorReader.Bench.Cleaning.Nineteenth;

// A columnist's box after the piece: a short bio (the signature), the writer's other
// articles (other stories' titles, so teasers) and a follow button with a count.
public static class AuthorBox
{
    public static void Bio(PageSheet s)
    {
        var r = s.R;
        var name = s.Author;
        var role = r.Pick("كاتب صحفي مهتم بالشؤون المحلية", "باحث متخصص في الشأن الاقتصادي", "أكاديمي يكتب في قضايا التعليم", "محرر الشؤون الرياضية",
            "إعلامي له عدة مؤلفات", "عضو هيئة الصحفيين السعوديين", "كاتب رأي", "مستشار في التخطيط العمراني");
        var lines = new List<string>();
        if (r.Chance(0.6))
        {
            lines.Add(Ink.Stretch(r, r.Pick("عن الكاتب", "نبذة عن الكاتب", "الكاتب")));
        }
        lines.Add(r.Chance(0.5) ? name + r.Separator("—", "،", "-", "|") + role : name + "\n" + role);
        if (r.Chance(0.4))
        {
            lines.Add(r.Pick("تويتر", "حسابه", "للتواصل") + r.Separator(":") + "@" + r.Letters(r.Between(5, 10), "abcdefghijklmnopqrstuvwxyz_"));
        }
        s.Piece(NoiseKind.Signature, lines);
    }

    public static void OtherArticles(PageSheet s)
    {
        var r = s.R;
        var titles = s.Story.Others.Titles(r, r.Between(2, 4));
        if (titles.Count == 0)
        {
            return;
        }
        var lines = new List<string> { r.Pick("مقالات أخرى للكاتب", "من مقالات الكاتب", "أحدث ما كتب", "للكاتب نفسه") + r.Pick("", ":", " ←") };
        var dated = r.Chance(0.5);
        var bullet = Ink.Bullet(r);
        var separator = r.Separator("—", "|", "·");
        foreach (var t in titles)
        {
            lines.Add(dated ? t + separator + Ink.Day(r, s.Story.Day.AddDays(-r.Between(3, 60))) : bullet + t);
        }
        if (r.Chance(0.4))
        {
            lines.Add(r.Pick("كل مقالات الكاتب", "عرض الأرشيف") + r.Pick(" ←", " »", ""));
        }
        s.Piece(NoiseKind.Teaser, lines, titles);
    }

    public static void Follow(PageSheet s)
    {
        var r = s.R;
        s.Piece(NoiseKind.Share, r.Next(3) switch
        {
            0 => r.Pick("تابع الكاتب", "متابعة", "+ متابعة") + r.Separator("|", "·") + r.Number(r.Between(12, 20000)) + " " + r.Pick("متابعاً", "متابع"),
            1 => r.Pick("اشترك لتصلك مقالات الكاتب", "فعّل التنبيه لمقالات هذا الكاتب") + r.Pick(" 🔔", ""),
            _ => r.Pick("أرسل رأيك للكاتب", "راسل الكاتب") + r.Separator("|", "·") + r.Pick("تابع", "متابعة"),
        });
    }
}
