namespace BlazorReader.Bench.Cleaning.ThirtySixth;

// A thread-unroller page: the paper's account posted the story as a thread, the unroller
// shows its posts in a row under «Thread by @handle», with its own plugs round them.
internal sealed class ThreadUnroller : Frame
{
    private string account = "";

    public override bool PlainLines => true;

    public override void Head(Page p, NoisePiece headline, IReadOnlyList<NoisePiece> more)
    {
        var r = p.R;
        account = r.Pick("alriyadh", "OKAZ_online", "sabqorg", "aawsat_News", "Alyaum", "alweeamnews", "AlMadinaNews");
        p.Line(r.Pick("Thread Reader App", "Thread Reader", "☰ Thread Reader"));
        p.Chrome(p.Piece(NoiseKind.Byline, r.Pick("Thread by @", "سلسلة تغريدات بواسطة @", "Thread by ") + account));
        if (r.Chance(0.7))
        {
            p.Chrome(p.Piece(NoiseKind.Counter, r.Number(r.Between(4, 10)) + r.Pick(" tweets", " تغريدات") + r.Pick(", ", " • ", " · ") + r.Number(r.Between(1, 6)) + r.Pick(" min read", " دقائق للقراءة")));
        }
        if (r.Chance(0.6))
        {
            p.Chrome(p.Piece(NoiseKind.Share, r.Pick("Keep Current with ", "ابقَ على اطلاع مع ") + p.Paper));
        }
        p.Chrome(headline);
        Pieces(p, more);
    }

    public override void Tail(Page p, IReadOnlyList<NoisePiece> tail)
    {
        var r = p.R;
        p.Line(r.Pick("• • •", "...", "⋯"));
        if (r.Chance(0.6))
        {
            p.Chrome(p.Piece(NoiseKind.Footer, r.Pick("Missing some Tweet in this thread? You can try to force a refresh", "هل تنقص هذه السلسلة تغريدة؟ جرّب التحديث")));
        }
        p.Chrome(p.Piece(NoiseKind.Footer, r.Pick("Unroll available on Thread Reader", "متاح بعد الفك على Thread Reader")));
        Pieces(p, tail.Where(t => t.Kind != NoiseKind.Teaser));
        if (r.Chance(0.7))
        {
            p.Chrome(p.Piece(NoiseKind.Share, r.Pick("Did this help you today? Support us", "هل أفادك هذا اليوم؟ ادعمنا") + r.Pick("", " ❤", ": Become a Premium member")));
        }
        foreach (var teaser in tail.Where(t => t.Kind == NoiseKind.Teaser))
        {
            p.Line(r.Pick("More from @", "المزيد من @") + account);
            p.Chrome(teaser);
        }
    }
}
