namespace BlazorReader.Bench.Cleaning.Seventh;

// Body text that looks like chrome to a careless rule and must stay: a paragraph that opens
// on «المصدر» or quotes a source after a colon, a closing paragraph with a hashtag or an
// account, a dash aside in the lead. And the one body-shaped noise: a paragraph written twice.
internal static class SeventhBody
{
    private static readonly string[] SourceOpeners =
    [
        "وقال المصدر: ", "وقال المصدر ذاته: ", "المصدر أن ", "وأضاف المصدر أن ", "وأوضح المصدر أن ", "وبحسب المصدر، ", "المصدر: ",
    ];

    private static readonly string[] Asides =
    [
        "وهو ما أكدته مصادر مطلعة", "بحسب ما أفادت به مصادر رسمية", "وفق ما علمت الصحيفة", "وهو الأول من نوعه", "كما جرت العادة",
    ];

    // A paragraph quoting «the source», made of another story's sentence: after a colon the
    // sentence is quoted; after «أن» it must not open on «و», or the paragraph reads as garble.
    public static string? SourceParagraph(SeventhPage p)
    {
        var opener = p.R.Pick(SourceOpeners);
        var colon = opener.EndsWith(": ", StringComparison.Ordinal);
        for (var i = 0; i < 4; i++)
        {
            if (p.OtherSentence() is { } sentence && (colon || !sentence.StartsWith('و')))
            {
                return colon ? $"{opener}«{sentence.TrimEnd('.')}»." : opener + sentence;
            }
        }
        return null;
    }

    // A closing paragraph that quotes a hashtag made of the title's words, or an account.
    public static string HashtagParagraph(SeventhPage p)
    {
        var r = p.R;
        var words = p.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3 && w.All(char.IsLetter)).Take(r.Between(2, 3)).ToList();
        var tag = "#" + (words.Count >= 2 ? string.Join('_', words) : r.Pick("السعودية", "عاجل", "الرياض_الآن"));
        return r.Next(3) switch
        {
            0 => $"وتفاعل مغردون مع الخبر عبر وسم {tag} الذي {r.Pick("تصدر قائمة الأكثر تداولا", "انتشر على نطاق واسع")} {r.Pick("في المملكة", "خلال ساعات", "مساء أمس")}.",
            1 => $"ونشر الحساب الرسمي @{r.Letters(r.Between(4, 10), "abcdefghijklmnopqrstuvwxyz_")} {r.Pick("على تويتر", "في تغريدة")} {r.Pick("تفاصيل القرار", "صورا من الموقع", "رابطا للتسجيل")}، {r.Pick("داعيا", "مطالبا")} المواطنين إلى متابعة الوسم {tag}.",
            _ => $"{r.Pick("يذكر أن", "يشار إلى أن")} وسم {tag} {r.Pick("كان قد تصدر", "تصدر")} {r.Pick("تويتر", "مواقع التواصل")} {r.Pick("في السعودية", "عربيا")}.",
        };
    }

    // The lead with an aside between dashes where its first comma was.
    public static string? WithAside(DressingRandom r, string lead)
    {
        var comma = lead.IndexOf('،', StringComparison.Ordinal);
        if (comma < 25 || comma > lead.Length - 25)
        {
            return null;
        }
        var dash = r.Pick("–", "-", "—");
        return $"{lead[..comma].TrimEnd()} {dash} {r.Pick(Asides)} {dash} {lead[(comma + 1)..].TrimStart()}";
    }

    // A paragraph written twice: a pull quote, a forum's «اقتباس» of the post, a select-all
    // copy that caught a summary box. The quote's header is part of the same piece.
    public static NoisePiece? Repeat(SeventhPage p, IReadOnlyList<string> body)
    {
        var r = p.R;
        var candidates = body.Where(b => b.Length >= 60).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }
        var text = r.Pick<string>(candidates);
        return r.Next(3) switch
        {
            0 => new NoisePiece(NoiseKind.Repeat, [r.Pick("اقتباس :", "اقتباس:", "المشاركة الأصلية كتبت بواسطة " + DressingPools.PersonName(r)), r.Scuff(text, 0.2)]),
            _ => new NoisePiece(NoiseKind.Repeat, [r.Scuff(text, 0.2)]),
        };
    }
}
