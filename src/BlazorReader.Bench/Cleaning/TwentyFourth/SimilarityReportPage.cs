namespace BlazorReader.Bench.Cleaning.TwentyFourth;

// A story pasted out of a similarity (plagiarism) checker's report: the tool's header and
// overall match, match markers before highlighted paragraphs, and the list of matched
// sources at the foot, whose titles are other stories.
internal sealed class SimilarityReportPage : IPageFamily
{
    public void Head(PageDraft p)
    {
        var r = p.R;
        var tool = r.Pick("مدقق التشابه", "فاحص الأصالة", "Similarity Check", "تقرير الاقتباس");
        p.Noise(NoiseKind.Footer, r.Next(3) switch
        {
            0 => [$"تقرير التشابه{r.Separator("—", "|")}{tool}", $"تاريخ الفحص: {Wording.Date(r, p.When.AddDays(r.Between(1, 30)))}"],
            1 => [$"{tool} · رقم الفحص {r.Number(r.Between(10000, 999999))}"],
            _ => [$"Originality report — {r.Letters(8)}", $"عدد الكلمات: {r.Number(r.Between(150, 900))}"],
        });
        p.Noise(NoiseKind.Counter, r.Next(3) switch
        {
            0 => $"نسبة التشابه الإجمالية{r.Separator(":")}{r.Number(r.Between(5, 95))}%",
            1 => $"التشابه {r.Number(r.Between(5, 95))}٪ | الاقتباسات {r.Number(r.Between(0, 20))}٪ | المصادر {r.Number(r.Between(1, 9))}",
            _ => $"Similarity index: {r.Between(5, 95)}%",
        });
        CommonChrome.Headline(p);
        if (r.Chance(0.4))
        {
            p.Noise(NoiseKind.Byline, CommonChrome.Byline(p));
        }
    }

    public List<Action<PageDraft>> Inside(PageDraft p)
    {
        var r = p.R;
        // A highlighted paragraph carries the matched source's number and share glued before it.
        for (var i = 0; i < p.Paragraphs.Count; i++)
        {
            if (r.Chance(0.3))
            {
                p.GlueBefore(i, NoiseKind.Counter, r.Pick($"[{r.Number(r.Between(1, 6))}]", $"[مطابق {r.Number(r.Between(2, 40))}%]", $"⟦{r.Number(r.Between(1, 6))}⟧"));
            }
        }
        return r.Chance(0.5) ? [Marker] : [];
    }

    public void Tail(PageDraft p)
    {
        var r = p.R;
        var english = r.Chance(0.25);
        p.Teasers(NoiseKind.Teaser, english ? "Matched sources" : r.Pick("المصادر المطابقة:", "مصادر التشابه", "قائمة المصادر"), r.Between(2, 5), (t, i) => r.Next(3) switch
        {
            0 => $"{r.Number(i + 1)}. {t} — {r.Pick(Wording.Hosts)} — {r.Number(r.Between(1, 30))}%",
            1 => $"{r.Number(r.Between(1, 30))}% {t}",
            _ => $"[{r.Number(i + 1)}] {t} ({r.Pick("مصدر إنترنت", "منشور", "Internet source")})",
        });
        if (r.Chance(0.5))
        {
            p.Noise(NoiseKind.Footer, r.Pick("استُبعدت الاقتباسات والمراجع من الفحص", "Exclude quotes: Off · Exclude bibliography: On", "هذا التقرير للاستخدام الداخلي فقط"));
        }
        if (r.Chance(0.3))
        {
            CommonChrome.Credit(p);
        }
    }

    private static void Marker(PageDraft p)
    {
        var r = p.R;
        p.Noise(NoiseKind.Counter, $"— {r.Pick("مقطع مطابق", "Match")} {r.Number(r.Between(1, 9))} من {r.Number(r.Between(9, 20))} —");
    }
}
