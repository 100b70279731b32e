namespace BlazorReader.Bench.Cleaning.Thirteenth;

// Reaction bars and comment counters: emoji with numbers, the reaction words papers use
// (أعجبني، أحزنني، أغضبني), «ما رأيك؟» prompts and comment counts in Arabic or French.
internal static class Reactions
{
    private static readonly string[] Faces = ["👍", "❤️", "😮", "😢", "😡", "😂", "👏", "🔥"];
    private static readonly string[] Words = ["أعجبني", "أحزنني", "أغضبني", "أضحكني", "أدهشني", "مفيد", "غير مفيد"];

    public static string Bar(Page p)
    {
        var r = p.R;
        var count = r.Between(2, 5);
        if (r.Chance(0.6))
        {
            var faces = Faces.OrderBy(_ => r.Next(99)).Take(count);
            return string.Join(p.Pick(" ", "  ", " · ", " | "), faces.Select(f => f + p.Pick(" ", "", "\u00A0") + Ink.Count(r, p.Region)));
        }
        // One bar, one style: counts in brackets or not, in one script.
        var words = Words.OrderBy(_ => r.Next(99)).Take(count);
        var (bracketed, indic) = (r.Chance(0.6), !p.Region.IsMaghreb() && r.Chance(0.35));
        return string.Join(p.Pick(" | ", "  ", " - ", " · "), words.Select(w =>
        {
            var n = r.Between(0, 400).ToString(System.Globalization.CultureInfo.InvariantCulture);
            n = indic ? DressingRandom.ToArabicIndic(n) : n;
            return w + (bracketed ? " (" + n + ")" : " " + n);
        }));
    }

    public static NoisePiece ReactionBox(Page p)
    {
        var r = p.R;
        var lines = new List<string>();
        if (r.Chance(0.5))
        {
            lines.Add(p.Pick("ما رأيك في هذا الخبر؟", "ما رأيك؟", "شو رأيك؟", "Votre avis ?", "إيه رأيك في الخبر ده؟", "قيّم هذا المقال"));
        }
        lines.Add(Bar(p));
        return Page.Piece(NoiseKind.Counter, lines);
    }

    public static NoisePiece Comments(Page p)
    {
        var r = p.R;
        var n = r.Between(0, 240);
        var line = r.Next(6) switch
        {
            0 => p.Pick("💬 ", "🗨 ", "") + p.Num(n) + p.Pick(" تعليق", " تعليقات", " تعليقاً", " commentaires"),
            1 => p.Pick("التعليقات", "تعليقات القراء", "Commentaires", "Comments") + " (" + p.Num(n) + ")",
            2 => p.Pick("أضف تعليقك", "أضف تعليقاً", "اكتب تعليقك", "Laisser un commentaire", "علّق على الخبر"),
            3 => p.Pick("عدد التعليقات: ", "عدد التعليقات ", "تعليقات: ") + p.Num(n),
            4 => p.Pick("كن أول من يعلق", "لا توجد تعليقات بعد", "Soyez le premier à commenter", "اعرض كل التعليقات (" + p.Num(n) + ")"),
            _ => p.Pick("الآراء الواردة في التعليقات تعبر عن أصحابها", "التعليقات لا تعبر عن رأي الموقع", "Les commentaires n'engagent que leurs auteurs"),
        };
        var lines = new List<string> { line };
        if (r.Chance(0.3))
        {
            lines.Add(p.Pick("الاسم", "الاسم *", "Nom *") + p.Pick(" | ", "  ") + p.Pick("البريد الإلكتروني", "E-mail *", "البريد الالكتروني *"));
            lines.Add(p.Pick("إرسال", "أرسل التعليق", "Envoyer", "نشر التعليق"));
        }
        return Page.Piece(NoiseKind.Counter, lines);
    }
}
