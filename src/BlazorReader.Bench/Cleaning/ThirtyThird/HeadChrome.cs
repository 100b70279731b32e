namespace BlazorReader.Bench.Cleaning.ThirtyThird;

// Chrome above the story, in wordings and orders of this catalogue: the title with the
// paper's name, bylines, stand-alone or glued datelines, counters and share lines.
internal static class HeadChrome
{
    public static void Write(Frame f, Page p, Story s)
    {
        var r = p.R;
        var parts = new List<Action>();
        if (s.Title is not null && r.Chance(0.55))
        {
            parts.Add(() => f.Chrome(p, NoiseKind.Headline, Headline(s, r)));
        }
        if (r.Chance(0.35))
        {
            parts.Add(() => f.Chrome(p, NoiseKind.Byline, Byline(s, r)));
        }
        if (r.Chance(0.25))
        {
            parts.Add(() => f.Chrome(p, NoiseKind.Counter, Counter(r)));
        }
        if (r.Chance(0.2))
        {
            parts.Add(() => f.Chrome(p, NoiseKind.Share, Share(s, r)));
        }
        if (r.Chance(0.12))
        {
            parts.Add(() => f.Chrome(p, NoiseKind.Dateline, Dateline(s, r)));
        }
        foreach (var part in parts.OrderBy(_ => r.Next(100)))
        {
            part();
            p.Gap(0.3);
        }
    }

    public static string Headline(Story s, DressingRandom r)
    {
        var paper = r.Pick(s.Paper, "صحيفة " + s.Paper, s.Paper + " الإلكترونية", "بوابة " + s.Paper);
        var sep = r.Separator("|", "-", "–", "::", "•", "/");
        return r.Chance(0.6) ? s.Title + sep + paper : paper + sep + s.Title;
    }

    public static string Byline(Story s, DressingRandom r)
    {
        var other = DressingPools.PersonName(r);
        return r.Next(7) switch
        {
            0 => $"{r.Pick("بقلم", s.Female ? "كتبت" : "كتب", "تقرير")}{r.Pick(": ", " ", " - ")}{s.Author}",
            1 => $"{(s.Female ? r.Pick("مراسلة", "موفدة") : r.Pick("مراسل", "موفد"))} {s.Paper} في {s.City}{r.Separator(":", "-", "|")}{s.Author}",
            2 => $"{s.Author} {r.Pick("و", "و ", "،")}{other}",
            3 => $"{s.Author}{r.Separator("—", "|", "-")}{s.City}{r.Separator("—", "|", "-")}{s.Day()}",
            4 => $"{r.Pick("إعداد", "متابعة", "حوار")}: {s.Author}{r.Pick(" / ", " | ", " - ")}{r.Pick("تحرير", "مراجعة", "تدقيق")}: {other}",
            5 => $"{(s.Female ? r.Pick("الزميلة", "المحررة") : r.Pick("الزميل", "المحرر", "الكاتب الصحفي"))} {s.Author}{r.Pick("", " - " + s.City, "، " + s.Paper)}",
            _ => $"{s.City}{r.Pick(": ", " - ", " / ")}{s.Author}{r.Pick(" (رسالة خاصة)", "", " — خاص")}",
        };
    }

    // A dateline: agency (in brackets or not), city and day in any order, any separator.
    public static string Dateline(Story s, DressingRandom r)
    {
        var agency = r.Pick("(" + s.Agency + ")", s.Agency, "[" + s.Agency + "]", "");
        var parts = new List<string> { s.City, s.Day(weekday: r.Chance(0.4)) };
        if (agency.Length > 0)
        {
            parts.Insert(r.Next(3), agency);
        }
        if (r.Chance(0.3))
        {
            parts.RemoveAt(r.Next(parts.Count));
        }
        var mark = r.Pick("—", ":", "/", "|", "•", "-", "");
        var text = string.Join(mark.Length == 0 ? " " : r.Pick(" ", "") + mark + " ", parts);
        return text + r.Pick(":", " —", "", " -", ":");
    }

    public static string Counter(DressingRandom r)
    {
        var parts = new List<string>
        {
            r.Pick("👁 ", "المشاهدات: ", "", "عدد القراءات ") + r.Number(r.Between(80, 48000)) + r.Pick(" مشاهدة", " قراءة", ""),
            r.Pick("💬 ", "التعليقات: ", "التعليقات (") + r.Number(r.Between(0, 260)) + r.Pick("", "", ")").Replace("💬 )", "💬 ", StringComparison.Ordinal),
            r.Pick("⏱ ", "مدة القراءة: ", "وقت القراءة ") + r.Number(r.Between(3, 9)) + r.Pick(" دقائق", " د", " دقائق"),
        };
        var take = parts.OrderBy(_ => r.Next(10)).Take(r.Between(1, 3)).ToList();
        var line = string.Join(r.Pick(" · ", " | ", "   ", " - "), take);
        return line.Length >= 4 ? line : line + " مشاهدة";
    }

    public static string Share(Story s, DressingRandom r) => r.Next(5) switch
    {
        0 => r.Pick("شارك", "شارِك الخبر", "انشر") + r.Pick(": ", " ") + Parts.Some(r, r.Pick(" | ", " · ", " "), 2, 4, "فيسبوك", "تويتر", "واتساب", "تيليجرام", "نسخ الرابط"),
        1 => $"{r.Pick("📲", "🔔", "✅")} {r.Pick("تابعونا على", "انضم لقناتنا على", "اشترك في قناة")} {r.Pick("تيليجرام", "واتساب", "يوتيوب")}{r.Pick(": ", " ")}{r.Pick("t.me/", "@")}{s.Slug()}",
        2 => $"{r.Number(r.Between(3, 9000))} {r.Pick("مشاركة", "مشاركات")}{r.Separator("|", "·")}{r.Pick("شارك الآن", "أرسل لصديق", "احفظ")}",
        3 => $"{r.Pick("اشترك في نشرتنا البريدية", "فعّل التنبيهات", "اشترك مجاناً")} {r.Pick("ليصلك", "لتصلك")} {r.Pick("كل جديد", "الأخبار العاجلة", "أهم الأخبار")}{r.Pick(" 🔔", "", " ←")}",
        _ => $"{r.Pick("Share", "شارك")}{r.Pick(" ↗", ":", "")} {r.Pick("X", "Facebook", "WhatsApp")} · {r.Pick("Telegram", "Email", "نسخ")}",
    };
}
