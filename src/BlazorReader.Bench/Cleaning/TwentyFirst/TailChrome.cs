namespace BlazorReader.Bench.Cleaning.TwentyFirst;

// The common chrome under a story in new wordings: the source credit, a more-link, tags, a
// signature, blocks of other stories before or after the footer, and the footer itself.
internal static class TailChrome
{
    public static NoisePiece Credit(PageDraft d)
    {
        var r = d.R;
        var source = r.Chance(0.5) ? r.Pick(DressingPools.Agencies) : r.Chance(0.5) ? $"صحيفة {r.Pick(DressingPools.Papers)}" : r.Pick(DressingPools.LatinAgencies);
        var line = r.Next(5) switch
        {
            0 => $"المصدر{r.Separator(":", "|")}{source}",
            1 => $"(الخبر منقول عن {source})",
            2 => $"بالتعاون مع {source}",
            3 => $"حقوق النص: {source}",
            _ => $"Source: {source}",
        };
        return new NoisePiece(NoiseKind.Credit, [line]) { Credit = source };
    }

    public static string MoreLinkLine(PageDraft d)
    {
        var r = d.R;
        return r.Next(6) switch
        {
            0 => "⟵ تابع التفاصيل كاملة",
            1 => $"النص الكامل على موقع {d.Paper}",
            2 => "اقرأ الخبر من مصدره »",
            3 => $"رابط المادة: https://{r.Pick("news", "m", "www")}.{r.Letters(6, "abcdefghijklmnopqrstuvwxyz")}.sa/{r.Number(r.Between(10000, 999999))}",
            4 => "للمزيد اضغط هنا ›",
            _ => "(بقية الخبر)",
        };
    }

    public static string TagsLine(PageDraft d)
    {
        var r = d.R;
        var words = PageWords.TitleWords(d.Title, r.Between(2, 4));
        words.Add(r.Pick(DressingPools.Cities));
        return r.Next(4) switch
        {
            0 => $"الوسوم: {string.Join("، ", words)}",
            1 => string.Join(" ", words.Select(w => "#" + w.Replace(' ', '_'))),
            2 => $"🏷 {string.Join(" · ", words)}",
            _ => $"مواضيع ذات علاقة / {string.Join(" / ", words)}",
        };
    }

    public static string SignatureLine(PageDraft d)
    {
        var r = d.R;
        var name = DressingPools.PersonName(r);
        return r.Next(4) switch
        {
            0 => $"مع تحيات {name}",
            1 => $"— {name}، {r.Pick("محرر الأخبار", "قسم المتابعة", "المكتب الإقليمي")}",
            2 => $"{name} · {r.Letters(5, "abcdefghijklmnopqrstuvwxyz")}@{r.Pick("news", "mail", "desk")}.sa",
            _ => $"[{name}]",
        };
    }

    public static string FooterLine(PageDraft d)
    {
        var r = d.R;
        var year = r.Chance(0.3) ? "٢٠١٥" : "2015";
        return r.Next(5) switch
        {
            0 => $"© {year} {d.Paper}{PageWords.Dots(r)}سياسة الخصوصية{PageWords.Dots(r)}اتصل بنا",
            1 => $"يُمنع نقل المحتوى دون إذن خطي من {d.Paper}",
            2 => $"جميع الحقوق محفوظة لـ{d.Paper} {year}",
            3 => $"من نحن | أعلن معنا | الشروط والأحكام",
            _ => $"Copyright {year} {d.Paper}. All rights reserved",
        };
    }

    // Other stories in a block: a header, then titles or leads, numbered, timed or bare.
    public static NoisePiece? Teasers(PageDraft d)
    {
        var r = d.R;
        var teased = new List<string>();
        for (var i = r.Between(2, 4); i > 0; i--)
        {
            var t = r.Chance(0.15) ? r.Pick(d.Pools.Leads) : InsideChrome.OtherTitle(d);
            if (t is not null && InsideChrome.Fits(d, t) && !teased.Contains(t))
            {
                teased.Add(t);
            }
        }
        if (teased.Count == 0)
        {
            return null;
        }
        var header = r.Pick("الأكثر تداولاً اليوم", "من القسم نفسه", "التالي في النشرة", "أخبار قد تهمك", "عناوين أخرى:", "مختارات المحرر");
        var mark = r.Next(4);
        var lines = teased.Select((t, i) => mark switch
        {
            0 => $"{r.Number(i + 1)}. {t}",
            1 => $"• {t}",
            2 => $"{t} ({PageWords.Clock(r)})",
            _ => t,
        });
        return new NoisePiece(NoiseKind.Teaser, [.. (r.Chance(0.85) ? [header] : Array.Empty<string>()).Concat(lines)]) { Teasers = teased };
    }

    public static void Dress(PageDraft d)
    {
        var r = d.R;
        if (r.Chance(0.2))
        {
            d.Glue(new NoisePiece(NoiseKind.MoreLink, [r.Pick("…التفاصيل", "... المزيد على الموقع", "(تابع)", "[…]", "⟵ اقرأ أكثر")]), onLead: false);
        }
        else if (r.Chance(0.2))
        {
            d.Tail(NoiseKind.MoreLink, MoreLinkLine(d));
        }
        if (r.Chance(0.25))
        {
            d.Tail(Credit(d));
        }
        if (r.Chance(0.15))
        {
            d.Tail(NoiseKind.Signature, SignatureLine(d));
        }
        if (r.Chance(0.25) && PageWords.TitleWords(d.Title, 2).Count > 0)
        {
            d.Tail(NoiseKind.Tags, TagsLine(d));
        }
        var teasers = r.Chance(0.35) ? Teasers(d) : null;
        var teasersFirst = r.Chance(0.5);
        if (teasers is not null && teasersFirst)
        {
            d.Tail(teasers);
        }
        if (r.Chance(0.3))
        {
            d.Tail(NoiseKind.Footer, FooterLine(d));
        }
        if (teasers is not null && !teasersFirst)
        {
            d.Tail(teasers);
        }
        if (r.Chance(0.06))
        {
            d.Repeat(atTop: false);
        }
    }
}
