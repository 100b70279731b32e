namespace BlazorReader.Bench.Cleaning.ThirtySixth;

// An early Arabic blog platform's post page: the blog's name, «كتبت في …», the mood and the
// song of the day, then the permalink row, comment count and previous/next posts.
internal sealed class EarlyBlog : Frame
{
    public override bool PlainLines => true;

    public override void Head(Page p, NoisePiece headline, IReadOnlyList<NoisePiece> more)
    {
        var r = p.R;
        p.Line(r.Pick("مدونة ", "مدونات مكتوب - ", "خربشات ") + r.Pick(DressingPools.FirstNames) + r.Pick("", " | Blog", " — يوميات"));
        var written = p.Piece(NoiseKind.Dateline, r.Pick("كتبت في ", "كُتبت في ", "نشرت في ") + Dates.Gregorian(r, p.When) + r.Pick(" الساعة ", " - ") + Dates.Time(r, p.When));
        var order = r.Chance(0.5);
        if (order)
        {
            p.Chrome(written);
        }
        p.Chrome(headline);
        if (!order)
        {
            p.Chrome(written);
        }
        if (r.Chance(0.6))
        {
            p.Line(r.Pick("المزاج الحالي: ", "المزاج: ") + r.Pick("متفائل 🙂", "مشغول", "قلق", "سعيد"));
        }
        if (r.Chance(0.5))
        {
            p.Line(r.Pick("أستمع إلى: ", "أستمع الآن إلى: ") + r.Pick("فيروز - نسم علينا الهوى", "محمد عبده - الأماكن", "إذاعة القرآن الكريم"));
        }
        Pieces(p, more);
    }

    public override void Tail(Page p, IReadOnlyList<NoisePiece> tail)
    {
        var r = p.R;
        var link = p.Piece(NoiseKind.Share, r.Pick("رابط دائم", "الرابط الدائم") + r.Pick(" | ", " · ") + r.Pick("(اترك تعليقاً)", "(اترك تعليقا)", "أضف تعليقاً"));
        var count = p.Piece(NoiseKind.Counter, r.Pick("التعليقات", "الردود", "تعليقات") + r.Pick(" (", ": ") + r.Number(r.Between(0, 40)) + r.Pick(")", ""));
        foreach (var piece in new[] { link, count }.OrderBy(_ => r.Next(9)))
        {
            p.Chrome(piece);
        }
        Pieces(p, tail.Where(t => t.Kind != NoiseKind.Teaser));
        var previous = p.OtherStory();
        var next = p.OtherStory();
        if (previous is not null && next is not null && previous != next)
        {
            string[] lines = r.Chance(0.5)
                ? ["« التدوينة السابقة: " + previous, "التدوينة التالية: " + next + " »"]
                : ["التدوينة السابقة | التدوينة التالية", previous, next];
            p.Chrome(new NoisePiece(NoiseKind.Teaser, lines) { Teasers = [previous, next] });
        }
        foreach (var teaser in tail.Where(t => t.Kind == NoiseKind.Teaser))
        {
            p.Chrome(teaser);
        }
    }
}
