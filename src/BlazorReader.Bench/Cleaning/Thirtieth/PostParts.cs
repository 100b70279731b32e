namespace BlazorReader.Bench.Cleaning.Thirtieth;

// The parts of a flattened post: who wrote it, what it says in Arabic or English, and its
// address, which a copy may break at any character or close with punctuation.
internal static class PostParts
{
    private static readonly (string Name, string Stem)[] Bodies =
    [
        ("وزارة الصحة", "MOH"), ("وزارة التعليم", "MOE"), ("الهيئة العامة للرياضة", "Sports"), ("الدفاع المدني", "998"),
        ("المركز الوطني للأرصاد", "NCM"), ("أمانة المنطقة", "Amanah"), ("نادي الهلال", "Hilal"), ("هيئة السياحة", "Tourism"),
    ];

    public static (string? Name, string Handle) Author(DressingRandom r)
    {
        switch (r.Next(5))
        {
            case 0:
            case 1:
                return (StoryFacts.Name(r), r.Pick("m", "a", "s", "f", "n", "k") + r.Letters(r.Between(3, 7), "abcdefghijklmnopqrstuvwxyz") + r.Pick("", "_", "_sa", "1") + r.Letters(r.Between(0, 3), "0123456789"));
            case 2:
                var first = r.Pick(DressingPools.LatinFirst);
                var last = r.Pick(DressingPools.LatinLast).Replace("-", "", StringComparison.Ordinal);
                return (first + " " + last, first + r.Pick("_", "") + last + r.Letters(r.Between(0, 2), "0123456789"));
            case 3:
                var (name, stem) = r.Pick(Bodies);
                return (name, r.Pick("Saudi", "KSA", "", "Riyadh") + stem + r.Pick("", "_", "Ar"));
            default:
                return (null, r.Letters(r.Between(4, 9), "abcdefghijklmnopqrstuvwxyz") + r.Pick("", "_", "_sa", "") + r.Letters(r.Between(0, 3), "0123456789"));
        }
    }

    public static string English(DressingRandom r) =>
        r.Pick("The ministry", "Our teams", "Officials", "The organisers", "Emergency crews", "The club") + " "
        + r.Pick("confirmed", "announced", "said") + " "
        + r.Pick("the new schedule starts next week", "all roads are open again", "registration closes on Thursday", "the results will be out tonight", "work continues around the clock")
        + r.Pick(".", "!", ". Stay tuned.", " 🙏");

    public static string Emoji(DressingRandom r) => r.Pick("👏👏👏", "🇸🇦🇸🇦", "💚🇸🇦", "🙏", "⚽️🔥", "📌", "🔴🔴", "❤️");

    public static string Url(DressingRandom r, string handle)
    {
        var id = r.Pick("1", "6", "9") + r.Letters(17, "0123456789");
        return r.Next(6) switch
        {
            0 or 1 => r.Pick("https://", "http://", "") + "t.co/" + r.Letters(10),
            2 => r.Pick("", "https://") + "pic.twitter.com/" + r.Letters(10),
            3 => "https://" + r.Pick("", "mobile.") + "twitter.com/" + handle + "/status/" + id,
            _ => r.Pick("https://", "") + "x.com/" + handle + "/status/" + id,
        };
    }

    // The address as written: sometimes in brackets or closed by punctuation, broken in about
    // half the posts at one or two places anywhere inside it.
    public static string Written(DressingRandom r, string url, out bool broken)
    {
        var text = url;
        broken = r.Chance(0.5);
        if (broken)
        {
            var cuts = Enumerable.Range(0, r.Between(1, 2)).Select(_ => r.Between(1, url.Length - 1)).Distinct().OrderDescending();
            foreach (var cut in cuts)
            {
                text = text.Insert(cut, "\n");
            }
        }
        return r.Next(8) switch
        {
            0 => text + "،",
            1 => "(" + text + ").",
            2 => text + ".",
            3 => "(" + text + ")",
            _ => text,
        };
    }

    public static string Engagement(StoryFacts f)
    {
        var r = f.R;
        string N(int a, int b) => r.Number(r.Between(a, b));
        return r.Next(4) switch
        {
            0 => N(2, 400) + r.Pick(" ردًا", " رد", " ردود") + " · " + N(5, 3000) + " إعادة نشر · " + N(10, 20000) + " إعجاب",
            1 => "💬 " + N(1, 300) + "   🔁 " + N(1, 900) + "   ❤️ " + N(5, 9000) + r.Pick("", "   📊 " + N(1000, 90000)),
            2 => N(2, 99) + " Replies · " + N(5, 800) + " Reposts · " + N(20, 5000) + " Likes",
            _ => N(1000, 200000) + " مشاهدة" + r.Separator("·", "|") + N(5, 9000) + " إعجاب",
        };
    }
}
