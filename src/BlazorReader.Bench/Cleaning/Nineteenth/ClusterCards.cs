namespace BlazorReader.Bench.Cleaning.Nineteenth;

// A news aggregator's cluster page: the source card the story was read from (its credit),
// the other papers' coverage as cards of paper, time and title, links to the full story and
// the whole coverage, and «related» lines between paragraphs.
public static class ClusterCards
{
    public static void SourceCard(PageSheet s)
    {
        var r = s.R;
        var paper = r.Pick(DressingPools.Papers);
        s.Piece(NoiseKind.Credit, r.Next(3) switch
        {
            0 => paper + r.Pick(" · ", " • ", " — ") + Ink.Ago(r),
            1 => r.Pick("من ", "المصدر: ", "عبر ") + paper + (r.Chance(0.5) ? " (" + Ink.Ago(r) + ")" : ""),
            _ => Ink.Ago(r) + r.Pick(" · ", " | ") + paper,
        }, credit: paper);
    }

    public static void Coverage(PageSheet s)
    {
        var r = s.R;
        var titles = s.Story.Others.Titles(r, r.Between(2, 4));
        if (titles.Count == 0)
        {
            return;
        }
        var lines = new List<string> { Ink.Stretch(r, r.Pick("التغطية الكاملة", "تغطيات أخرى", "وجهات نظر أخرى", "مصادر أخرى تناولت الخبر")) };
        var cardFirst = r.Chance(0.6);
        var dot = r.Pick(" · ", " • ", " - ");
        foreach (var t in titles)
        {
            var card = r.Pick(DressingPools.Papers) + dot + Ink.Ago(r);
            lines.AddRange(cardFirst ? [card, t] : [t, card]);
        }
        s.Piece(NoiseKind.Teaser, lines, titles);
    }

    public static void MoreCoverage(PageSheet s)
    {
        var r = s.R;
        s.Piece(NoiseKind.MoreLink, r.Pick("عرض المزيد من التغطية", "كل التغطية", "اقرأ القصة كاملة في المصدر", "افتح في المتصفح", "المزيد حول هذا الموضوع") + r.Pick(" ←", " ›", " »", "", " >"));
    }

    public static void GluedMore(PageSheet s)
    {
        var r = s.R;
        s.GlueAfterEnd(NoiseKind.MoreLink, r.Pick(" ", "", "  ") + r.Pick("… اقرأ القصة كاملة", "(التفاصيل من المصدر)", "[…] تتمة الخبر", "— افتح الخبر", "...متابعة القراءة ›"));
    }

    public static void Related(PageSheet s)
    {
        var r = s.R;
        if (s.Story.Others.Related(r) is not { } t)
        {
            return;
        }
        s.Piece(NoiseKind.ReadAlso, r.Next(3) switch
        {
            0 => r.Pick("ذو صلة", "قد يهمك أيضاً", "طالع كذلك", "على صلة") + r.Separator(":", "←", "|") + t,
            1 => r.Pick("⟵ ", "↩ ", "◀ ") + t,
            _ => r.Pick("مرتبط", "اقرأ في السياق") + "\n" + t,
        }, [t]);
    }

    public static void AgencyCredit(PageSheet s)
    {
        var r = s.R;
        var agency = r.Pick(DressingPools.Agencies);
        if (r.Chance(0.5))
        {
            s.GlueAfterEnd(NoiseKind.Credit, r.Pick(" ", "") + "(" + agency + ")", agency);
            return;
        }
        s.Piece(NoiseKind.Credit, r.Pick("المصدر", "نقلاً عن", "الخبر من", "وكالة") + r.Separator(":", "-", "|") + agency, credit: agency);
    }
}
