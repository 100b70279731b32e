using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Twentieth;

// Who wrote an embedded post and what it says: a person, a ministry or a club with a handle
// put together from parts, and a text from the pools' sentences (Arabic) or a short English
// grammar, with the hashtags and mentions posts carry.
internal sealed record PostAuthor(string Name, string Handle)
{
    private static readonly string[] Bodies = ["Saudi", "KSA", "Gulf", "Riyadh", "Jeddah", "Arab", "Sport", "Health", "Civil", "Traffic", "Eqt", "Media"];
    private static readonly string[] Desks = ["News", "Gov", "MOH", "Info", "Now", "Live", "Desk", "Center", "AR", "Daily"];
    private static readonly string[] Outfits = ["وزارة الصحة", "المركز الإعلامي", "الدفاع المدني", "هيئة الطيران المدني", "نادي الشباب", "الإدارة العامة للمرور", "مجلس الغرف", "هيئة السياحة"];
    private static readonly string[] Subjects = ["The ministry", "Our team", "The council", "Civil Defense", "The federation", "Health officials"];
    private static readonly string[] Verbs = ["confirms", "announces", "reports", "welcomes", "launches", "is following"];
    private static readonly string[] Objects = ["the new schedule", "a national campaign", "the final results", "today's decision", "the opening of the centre", "the weather warning"];

    public static PostAuthor Draw(DressingRandom r)
    {
        switch (r.Next(3))
        {
            case 0:
                var name = DressingPools.PersonName(r);
                return new(name, r.Pick(DressingPools.LatinFirst) + r.Pick("_", "", "") + r.Pick(DressingPools.LatinLast).Replace("-", "", StringComparison.Ordinal) + (r.Chance(0.3) ? r.Letters(2, "0123456789") : ""));
            case 1:
                return new(r.Pick(Outfits), r.Pick(Bodies) + r.Pick("_", "") + r.Pick(Desks));
            default:
                var first = r.Pick(DressingPools.LatinFirst);
                var last = r.Pick(DressingPools.LatinLast);
                return new($"{first} {last}", first.ToLowerInvariant() + r.Pick("_", "") + last.Replace("-", "", StringComparison.Ordinal));
        }
    }

    // The post's text and its direction: mostly an Arabic sentence, now and then English.
    public static (string Text, TextDirection Dir) Text(DressingRandom r, PageDraft page)
    {
        if (r.Chance(0.15))
        {
            return ($"{r.Pick(Subjects)} {r.Pick(Verbs)} {r.Pick(Objects)} in {r.Pick("Riyadh", "Jeddah", "Dammam", "Abha", "Tabuk")}{r.Pick(".", "!", " #KSA", "")}", TextDirection.Ltr);
        }
        var sentence = page.Pools.Sentences.Count > 0 ? r.Pick(page.Pools.Sentences) : page.OwnLines.First();
        var tag = (page.Article.Title ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4 && w.All(char.IsLetter)).ToList();
        var text = r.Pick(0, 1, 2, 3) switch
        {
            0 when tag.Count > 0 => sentence + " #" + r.Pick<string>(tag),
            1 when tag.Count > 1 => "#" + r.Pick<string>(tag) + "\n" + sentence,
            2 => sentence + " @" + Draw(r).Handle,
            _ => sentence,
        };
        return (text, TextDirection.Rtl);
    }

    // The address a card ends with; the handle is in a status link, never in a short one.
    public string Link(DressingRandom r) => r.Pick(0, 1, 2, 3, 4) switch
    {
        0 => $"https://x.com/{Handle}/status/{r.Letters(18, "0123456789")}",
        1 => $"https://twitter.com/{Handle}/status/{r.Letters(18, "0123456789")}",
        2 => $"https://t.co/{r.Letters(10)}",
        3 => $"pic.twitter.com/{r.Letters(10)}",
        _ => $"https://mobile.twitter.com/{Handle}/status/{r.Letters(17, "0123456789")}",
    };
}
