using System.Globalization;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Eighteenth;

// Posts the story embeds, flattened by the copy: the card's parts (name, handle, date, text,
// address) in several orders, the address cut over lines, and the card's own buttons, view
// count, «show translation» and readers' note beside it as furniture. A removed post leaves
// only its stub, which is furniture too.
internal sealed class EmbeddedPosts(DressingPools pools)
{
    private static readonly string[] Bodies = ["وزارة الصحة", "المركز الوطني للأرصاد", "هيئة الهلال الأحمر", "الدفاع المدني", "أمانة المنطقة", "الإدارة العامة للمرور", "نادي الهلال", "جامعة الملك سعود"];

    private static readonly string[] EnglishStarts = ["Proud to announce", "Great meeting today with", "Thank you", "Important update for", "Congratulations to"];

    private static readonly string[] EnglishEnds = ["the people of Riyadh", "our partners in Jeddah", "everyone who joined us", "all students and parents", "the national team"];

    public void Embed(DressingRandom r, PageDraft page)
    {
        var slot = page.Count < 2 ? page.Count : r.Between(1, page.Count);
        var english = r.Chance(0.12);
        var text = english ? $"{r.Pick(EnglishStarts)} {r.Pick(EnglishEnds)}{r.Pick(".", "!", " 🇸🇦", "")}" : TrimmedSentence(r, page);
        if (!english && r.Chance(0.3))
        {
            text += (r.Chance(0.5) ? "\n" : " ") + string.Join(" ", Enumerable.Range(0, r.Between(1, 2)).Select(_ => "#" + r.Pick(DressingPools.Cities).Replace(' ', '_')).Distinct());
        }
        var handle = PostLinks.Handle(r);
        var name = r.Chance(0.5) ? DressingPools.PersonName(r) : r.Pick(Bodies);
        var url = PostLinks.Address(r, handle);
        DateOnly? date = r.Chance(0.8) ? Ink.Day(page.Source, r) : null;
        var stamp = date is { } d ? Stamp(r, d) : r.Pick("قبل ساعتين", "منذ ٥ دقائق", "أمس");
        var link = r.Chance(0.5) ? PostLinks.Cut(r, url) : [url];
        var lines = new List<string>();
        var textLines = text.Split('\n');
        var signed = $"{name} (@{handle})";
        switch (r.Next(4))
        {
            case 0: // the embed code's fallback: text, address, then «— name (@handle) date»
                lines.AddRange(textLines[..^1]);
                lines.Add(textLines[^1] + " " + link[0]);
                lines.AddRange(link.Skip(1));
                lines.Add($"{r.Pick("—", "-", "–")} {signed} {stamp}");
                break;
            case 1: // the app's card: who and when above, the text, the address under it
                lines.Add($"{name} @{handle}{r.Pick(" · ", " - ", "  ")}{stamp}");
                lines.AddRange(textLines);
                lines.AddRange(link);
                break;
            case 2: // handle alone on top, the name, then text and address, the time last
                lines.Add("@" + handle);
                lines.Add(name);
                lines.AddRange(textLines);
                lines.AddRange(link);
                lines.Add((r.Chance(0.5) ? Ink.Time(r) + " · " : "") + stamp);
                break;
            default: // a quoted card: «name @handle», the text, «stamp · address»
                lines.Add($"{r.Pick("تغريدة", "منشور", "اقتباس")} {name} @{handle}");
                lines.AddRange(textLines);
                lines.Add(stamp + " · " + link[0]);
                lines.AddRange(link.Skip(1));
                break;
        }
        var expected = new ExpectedBlock(BlockKind.Tweet, text, url, handle, name, date, english ? TextDirection.Ltr : TextDirection.Rtl) { Links = [url] };
        var blocks = new List<Block> { new(lines, expected) };
        if (english || r.Chance(0.15))
        {
            blocks.Add(Furniture.Piece(r, NoiseKind.Share, r.Pick("عرض الترجمة", "ترجمة المنشور", "Translate post", "إظهار النص الأصلي")));
        }
        if (r.Chance(0.3))
        {
            blocks.Add(Furniture.Piece(r, NoiseKind.Counter, PostLinks.Views(r)));
        }
        if (r.Chance(0.2))
        {
            blocks.Add(Furniture.Piece(r, NoiseKind.Share, Ink.Row(r, Ink.Some(r, ["رد", "إعادة نشر", "إعجاب " + r.Number(r.Between(3, 900)), "مشاركة", "نسخ الرابط"]))));
        }
        if (r.Chance(0.1))
        {
            blocks.Add(Furniture.Piece(r, NoiseKind.Footer, r.Pick("ملاحظات المجتمع", "أضاف القراء سياقًا", "سياق من القراء"),
                r.Pick("الصورة المرفقة قديمة ونُشرت أول مرة عام ", "المقطع متداول منذ عام ") + Ink.Plain(r, r.Between(2009, 2014)) + "، ولا علاقة له بالحدث."));
        }
        foreach (var b in blocks)
        {
            page.At(slot, b);
        }
    }

    // A post that is no longer there: the page prints a stub where the card was.
    public static Block Stub(DressingRandom r) => Furniture.Piece(r, NoiseKind.Caption, r.Pick(
        "يُرجى الانتباه: تم حذف هذه التغريدة",
        "هذا المنشور غير متاح",
        "تعذّر تحميل التغريدة، حاول مجددًا",
        "لم تعد هذه التغريدة متاحة.",
        "This post is unavailable.",
        "المحتوى محجوب: قيّد صاحب الحساب من يمكنه رؤية منشوراته"));

    // A sentence of another story: the post says something the article does not repeat.
    private string TrimmedSentence(DressingRandom r, PageDraft page)
    {
        var s = r.Pick(pools.Sentences);
        for (var tries = 0; tries < 5 && page.NormalText.Contains(s, StringComparison.Ordinal); tries++)
        {
            s = r.Pick(pools.Sentences);
        }
        return s.Length > 200 ? s[..s.LastIndexOf(' ', 200)] : s;
    }

    private static string Stamp(DressingRandom r, DateOnly d) => r.Next(4) switch
    {
        0 => d.ToString(r.Pick("MMMM d, yyyy", "MMM d, yyyy"), CultureInfo.InvariantCulture),
        1 => Ink.Digits(r, d.Day.ToString(CultureInfo.InvariantCulture)) + " " + Ink.Month(d) + " " + Ink.Digits(r, d.Year.ToString(CultureInfo.InvariantCulture)),
        2 => Ink.Digits(r, d.ToString("d/M/yyyy", CultureInfo.InvariantCulture)),
        _ => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
