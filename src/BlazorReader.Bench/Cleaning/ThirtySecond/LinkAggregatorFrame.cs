namespace BlazorReader.Bench.Cleaning.ThirtySecond;

// A link-aggregator thread: community name, points, «نشره u/…» with its age, the title and the
// paper's domain, the story as the post's text, the action row, then nested comment rows.
internal sealed class LinkAggregatorFrame : Frame
{
    private static string User(DressingRandom r) => "u/" + r.Letters(r.Between(4, 10), "abcdefghijklmnopqrstuvwxyz_0123456789");

    public override void Head(Page p)
    {
        var r = p.R;
        p.Chrome(NoiseKind.Footer, r.Pick("ر/", "r/", "مجتمع ") + r.Pick("السعودية", "أخبار_الخليج", "saudiarabia", "أخبار_اليوم"));
        var points = $"{r.Number(r.Between(3, 3000))} {r.Pick("نقطة", "نقاط", "تصويت")}";
        var by = $"{r.Pick("نشره", "نُشر بواسطة", "Posted by")} {User(r)}{r.Pick(" · ", " — ", " ")}{Dates.Ago(r)}";
        if (r.Chance(0.5))
        {
            p.Chrome(NoiseKind.Byline, by);
            p.Chrome(NoiseKind.Counter, points);
        }
        else
        {
            p.Chrome(NoiseKind.Counter, points);
            p.Chrome(NoiseKind.Byline, by);
        }
        if (p.Title is not null)
        {
            p.Chrome(NoiseKind.Headline, r.Pick(p.Title, $"{p.Title} [{r.Pick("أخبار", "محلي", "اقتصاد")}]"));
        }
        if (r.Chance(0.6))
        {
            var domain = r.Pick("alriyadh.com", "okaz.com.sa", "sabq.org", "aawsat.com", "alyaum.com");
            p.Piece(new NoisePiece(NoiseKind.Credit, [$"({domain})"]) { Credit = domain });
        }
    }

    public override void Tail(Page p, IReadOnlyList<StoryLine> story)
    {
        var r = p.R;
        p.Chrome(NoiseKind.Share, string.Join(r.Pick("  ", " · ", " "), new[] { $"{r.Pick("تعليقات", "💬")} {r.Number(r.Between(2, 400))}", "مشاركة", "حفظ", "إخفاء", "إبلاغ" }.Take(r.Between(3, 5))));
        p.Chrome(NoiseKind.Footer, r.Pick("ترتيب حسب: الأفضل", "ترتيب: الأحدث", "Sort by: Best"));
        for (var i = 0; i < r.Between(1, 3); i++)
        {
            var nest = i > 0 && r.Chance(0.5) ? r.Pick("↳ ", "│ ", "  ↳ ") : "";
            p.Chrome(NoiseKind.Footer,
                $"{nest}{User(r)}{r.Pick(" · ", " ")}{Dates.Ago(r)}",
                nest + r.Pick("هذا ما كنا ننتظره منذ سنوات", "هل يشمل القرار المقيمين؟", "الخبر قديم، نُشر الأسبوع الماضي", "المهم التطبيق على أرض الواقع"),
                $"{nest}{r.Number(r.Between(1, 250))} {r.Pick("نقطة", "نقاط")}{r.Pick("  ", " · ")}{r.Pick("رد", "الرد")}{r.Pick(" · مشاركة", "")}");
        }
        if (r.Chance(0.4))
        {
            p.Chrome(NoiseKind.MoreLink, r.Pick($"عرض {r.Number(r.Between(3, 90))} تعليقاً إضافياً", "المزيد من الردود", "تحميل المزيد من التعليقات"));
        }
    }
}
