namespace BlazorReader.Bench.Cleaning.TwentyFirst;

// The common chrome over a story in wordings and orders of its own: the headline as a page
// prints it, a byline, and a dateline whose agency, city and date come in any order.
internal static class HeadChrome
{
    public static string HeadlineLine(PageDraft d)
    {
        var r = d.R;
        return r.Next(6) switch
        {
            0 => d.Title + r.Separator("|", "–", "::") + d.Paper,
            1 => $"[{d.Paper}] {d.Title}",
            2 => $"{d.Title} ⟩ {r.Pick("محليات", "اقتصاد", "شؤون دولية", "الرئيسية")}",
            _ => d.Title,
        };
    }

    public static string BylineLine(PageDraft d)
    {
        var r = d.R;
        var name = DressingPools.PersonName(r);
        return r.Next(7) switch
        {
            0 => $"حرّره{r.Separator(":", "—")}{name}",
            1 => $"{name} | مراسل {d.Paper} في {r.Pick(DressingPools.Cities)}",
            2 => $"تقرير{r.Separator(":", "-")}{name}، {r.Pick(DressingPools.Cities)}",
            3 => $"إعداد وتحرير {name}",
            4 => $"✍️ {name}",
            5 => $"من {name} {r.Pick("ومراسلينا", "وفريق الأخبار", "(خاص)")}",
            _ => $"{r.Pick(DressingPools.LatinFirst)} {r.Pick(DressingPools.LatinLast)} / {d.Paper}",
        };
    }

    // A dateline line of its own: agency, city and date in the orders wire desks and apps use.
    public static string DatelineLine(PageDraft d)
    {
        var r = d.R;
        var city = r.Pick(DressingPools.Cities);
        var agency = r.Pick(DressingPools.Agencies);
        var date = PageWords.Date(r, d.Date);
        return r.Next(6) switch
        {
            0 => $"({agency}){r.Separator("—", "-")}{city}، {date}",
            1 => $"{city} {date} ({agency})",
            2 => $"{date} | {city} | {d.Paper}",
            3 => $"{PageWords.Day(d.Date)} — {city} — {agency}",
            4 => $"{city}، {PageWords.Clock(r)} بتوقيت {r.Pick("مكة", "غرينتش", "الرياض")}",
            _ => $"نُشر في {date}{r.Pick("، ", " - ")}{city}",
        };
    }

    // Short enough to sit on the lead's line: the city and the agency only.
    public static string GluedDateline(PageDraft d)
    {
        var r = d.R;
        var city = r.Pick(DressingPools.Cities);
        var agency = r.Pick(DressingPools.Agencies);
        return r.Next(4) switch
        {
            0 => $"{city} ({agency}){r.Pick(" —", " -", ":", " ـ")}",
            1 => $"{agency} - {city}:",
            2 => $"{city}، {PageWords.Date(r, d.Date)} —",
            _ => $"«{d.Paper}» {city}:",
        };
    }

    public static void Dress(PageDraft d, bool headline)
    {
        var r = d.R;
        if (headline)
        {
            d.Head(NoiseKind.Headline, HeadlineLine(d));
        }
        if (r.Chance(0.45))
        {
            d.Head(NoiseKind.Byline, BylineLine(d));
        }
        if (r.Chance(0.3))
        {
            d.Glue(new NoisePiece(NoiseKind.Dateline, [GluedDateline(d)]), onLead: true);
        }
        else if (r.Chance(0.4))
        {
            d.Head(NoiseKind.Dateline, DatelineLine(d));
        }
        if (r.Chance(0.08))
        {
            d.Repeat(atTop: true);
        }
    }
}
