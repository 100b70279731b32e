using System.Text;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.ThirtyFifth;

// A post a story embeds, before any layout flattens it: its lines of text, who wrote it, its
// day and its address. The address is whole here; a layout may cut it when it writes it.
internal sealed record PostDraft(IReadOnlyList<string> Lines, string Name, string Handle, DateTime When, string Url)
{
    public string Text => string.Join("\n", Lines);

    public TextDirection Dir => Lines.SelectMany(l => l).FirstOrDefault(char.IsLetter) is >= '\u0600' and <= '\u06FF' ? TextDirection.Rtl : TextDirection.Ltr;

    // What a reader expects the card to hold: the name as shown (entities read), never the link.
    public ExpectedBlock Expected(string? shownName = null) =>
        new(BlockKind.Tweet, Text, Url, Handle, shownName ?? Name, DateOnly.FromDateTime(When), Dir) { Links = [Url] };

    private static readonly string[] EnglishOpen = ["Proud of", "Great turnout at", "Thank you all for", "Important update on", "Watch the highlights of", "Our statement on"];

    private static readonly string[] EnglishThing = ["today's meeting", "the new service", "the opening ceremony", "the health campaign", "this week's decision", "the volunteers' work"];

    private static readonly string[] Orgs = ["وزارة الصحة", "أمانة المنطقة", "الدفاع المدني", "هيئة الطيران المدني", "نادي الهلال", "جامعة الملك سعود"];

    public static PostDraft Make(DressingRandom r, Story s)
    {
        var own = TextReferee.Normalize(s.Article.Text);
        var arabic = Enumerable.Range(0, 6).Select(_ => s.Pools.Sentences.Count > 0 ? r.Pick(s.Pools.Sentences) : "")
            .Where(x => x.Length > 0 && !own.Contains(x, StringComparison.Ordinal)).Distinct().ToList();
        var english = r.Pick(EnglishOpen) + " " + r.Pick(EnglishThing) + r.Pick(" in ", " at ") + r.Pick("Riyadh", "Jeddah", "Dammam", "Abha") + r.Pick(".", "!", " 👏", " #KSA");
        List<string> lines = r.Next(5) switch
        {
            0 => [english],
            1 when arabic.Count > 0 => [r.Pick<string>(arabic), english],
            _ when arabic.Count > 1 && r.Chance(0.3) => [r.Pick<string>(arabic), r.Pick<string>(arabic)],
            _ when arabic.Count > 0 => [r.Pick<string>(arabic)],
            _ => [english],
        };
        lines = [.. lines.Distinct()];
        if (r.Chance(0.3))
        {
            lines[0] = WithInnerLink(r, lines[0]);
        }
        var handle = r.Pick("", "", "Saudi", "KSA_", "spa_", "news") + r.Letters(r.Between(4, 9), "abcdefghijklmnopqrstuvwxyz") + r.Pick("", "", "_sa", "1", "24");
        var name = r.Next(5) switch
        {
            0 => r.Pick(Orgs),
            1 => Styled(r.Pick(DressingPools.LatinFirst) + " " + r.Pick(DressingPools.LatinLast)),
            2 => DressingPools.PersonName(r) + " " + r.Pick("👨\u200D💻", "👩\u200D⚕️", "🧑\u200D🚀", "👨\u200D👩\u200D👧"),
            3 => r.Pick(DressingPools.LatinFirst) + " " + r.Pick(DressingPools.LatinLast),
            _ => DressingPools.PersonName(r),
        };
        var when = s.When.AddHours(-r.Between(1, 40)).AddSeconds(r.Next(60));
        return new PostDraft(lines, name, handle, when, Address(r, handle));
    }

    // A t.co link the author put mid-sentence: it is part of the text, not the post's address.
    private static string WithInnerLink(DressingRandom r, string line)
    {
        var words = line.Split(' ');
        if (words.Length < 4)
        {
            return line;
        }
        var at = r.Between(Math.Max(2, words.Length / 2), words.Length - 1);
        return string.Join(' ', words[..at]) + " https://t.co/" + r.Letters(10) + " " + string.Join(' ', words[at..]);
    }

    private static string Address(DressingRandom r, string handle)
    {
        var id = "6" + r.Letters(17, "0123456789");
        return r.Next(8) switch
        {
            0 => "twitter.com/" + handle + "/status/" + id,
            1 => "twitter.com/i/web/status/" + id,
            2 => "twitter.com/i/status/" + id,
            3 => "https://x.com/" + handle + "/status/" + id,
            4 => "pic.twitter.com/" + r.Letters(10),
            5 => "https://twitter.com/" + handle + "/status/" + id,
            _ => "https://t.co/" + r.Letters(10),
        };
    }

    // Mathematical sans-serif bold letters, as display names styled by generators look.
    public static string Styled(string latin)
    {
        var sb = new StringBuilder();
        foreach (var c in latin)
        {
            sb.Append(c switch
            {
                >= 'A' and <= 'Z' => char.ConvertFromUtf32(0x1D5D4 + (c - 'A')),
                >= 'a' and <= 'z' => char.ConvertFromUtf32(0x1D5EE + (c - 'a')),
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }
}
