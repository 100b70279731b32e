namespace BlazorReader.Bench.Cleaning.ThirtyThird;

// A long-form blogging platform's page: the members-only ribbon, the app bar, title, author
// card with «تابِع», reading time and date, claps, «استمع»; after the story the claps again,
// topic chips, the author's bio card, «المزيد من …» other posts, the responses box.
internal sealed class LongformFrame : Frame
{
    private static string Claps(DressingRandom r) => $"{r.Pick("👏 ", "التصفيق ")}{r.Pick(r.Number(r.Between(12, 999)), DressingRandom.ToArabicIndic(r.Between(1, 9) + "." + r.Between(1, 9)) + " ألف", r.Between(1, 9) + "K")}{r.Pick("   💬 ", " · ردود ")}{r.Number(r.Between(0, 90))}";

    public override void Head(Page p, Story s)
    {
        var r = p.R;
        if (r.Chance(0.5))
        {
            p.Chrome(NoiseKind.Footer, r.Pick("✦ قصة للأعضاء فقط", "قصة للأعضاء فقط", "Member-only story"));
        }
        p.Chrome(NoiseKind.Footer, Parts.Some(r, r.Pick(" | ", "  "), 2, 4, "فتح في التطبيق", "تسجيل الدخول", "اكتب", "ابحث"));
        if (s.Title is not null && r.Chance(0.7))
        {
            p.Chrome(NoiseKind.Headline, s.Title);
        }
        p.Chrome(NoiseKind.Byline, s.Author + r.Pick(" · ", "\u00A0· ", "  ") + r.Pick("تابِع", "تابع", "Follow"));
        p.Chrome(NoiseKind.Counter, $"{r.Number(r.Between(2, 12))} {r.Pick("دقائق قراءة", "د قراءة", "min read")} · {s.Day()}");
        var row = new[] { Claps(r), "استمع", "مشاركة", "حفظ" }.Take(r.Between(1, 4)).ToList();
        p.Chrome(NoiseKind.Counter, string.Join(r.Pick("   ", " | "), row));
        p.Gap(0.8);
    }

    public override void Paragraph(Page p, Story s, string text, int index, int count) => p.Para(text);

    public override void Tail(Page p, Story s)
    {
        var r = p.R;
        p.Chrome(NoiseKind.Counter, Claps(r));
        if (r.Chance(0.6))
        {
            p.Chrome(NoiseKind.Tags, Parts.Some(r, r.Pick("  ", " · "), 2, 4, "السعودية", "اقتصاد", "صحافة", s.City, "مجتمع"));
        }
        p.Chrome(NoiseKind.Signature, [$"{r.Pick("كتبه", "بقلم")} {s.Author}", $"{r.Number(r.Between(20, 9000))} {r.Pick("متابع", "متابِع")} · {r.Pick("محرر في", "كاتب في", "يكتب عن الشأن المحلي في")} {s.Paper}"]);
        if (r.Chance(0.6))
        {
            var others = s.Others(r.Between(2, 4));
            p.Chrome(NoiseKind.Teaser, [$"المزيد من {s.Author}", .. others.Select(t => t + r.Pick("", " · " + r.Number(r.Between(2, 9)) + " د", "\t" + Claps(r)))], teasers: others);
        }
        p.Chrome(NoiseKind.Counter, [$"{r.Pick("الردود", "Responses")} ({r.Number(r.Between(0, 60))})", r.Pick("ما رأيك؟", "اكتب رداً…", "شاركنا رأيك")]);
        p.Chrome(NoiseKind.Footer, Parts.First(r, " ", 3, 6, "مساعدة", "الحالة", "حول", "المهن", "الخصوصية", "الشروط"));
    }
}
