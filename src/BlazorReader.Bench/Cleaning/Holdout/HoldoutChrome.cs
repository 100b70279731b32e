namespace BlazorReader.Bench.Cleaning.Holdout;

// Held-out page chrome below (and sometimes above) a story: footers, counters, share and
// follow lines, «رابط الخبر» and other more-links, each written its own way.
internal static class HoldoutChrome
{
    private static readonly string[] Links = ["الصفحة الرئيسية", "للإعلان", "راسلنا", "الخصوصية", "النسخة الكاملة", "عن الموقع"];

    public static NoisePiece Footer(DressingRandom r)
    {
        var outlet = r.Pick(HoldoutWords.Outlets);
        var year = HoldoutWords.Num(r, r.Between(2008, 2016)) + r.Pick("", "م");
        var lines = new List<string>
        {
            r.Next(7) switch
            {
                0 => $"الحقوق محفوظة لـ«{outlet}» © {year}",
                1 => $"{outlet} الإلكترونية {r.Pick("©", "(C)")} {year} {r.Pick("|", "-", "،")} كل الحقوق محفوظة",
                2 => $"© {year}{r.Pick(" ", " - ")}جميع الحقوق محفوظه لموقع {outlet}",
                3 => $"Copyrights {r.Pick("©", "")} {year} {outlet}. All Rights Reserved",
                4 => $"جميع حقوق النشر والطبع محفوظة © {outlet}",
                5 => $"حقوق النشر محفوظة {r.Pick("ل", "لـ ")}{outlet} {r.Pick("©", "")} {year}",
                _ => $"©{year} {outlet}",
            },
        };
        if (r.Chance(0.3))
        {
            lines.Insert(0, r.Pick("يمنع الاقتباس أو النقل دون الإشارة إلى المصدر", "الآراء الواردة تعبر عن أصحابها ولا تمثل الموقع",
                "جميع المواد محمية بموجب قوانين الملكية الفكرية", "الموقع غير مسؤول عن التعليقات المنشورة"));
        }
        if (r.Chance(0.2))
        {
            lines.Add(string.Join(r.Pick(" / ", " ◦ ", " ـ "), Links.OrderBy(_ => r.Next(100)).Take(r.Between(3, 5))));
        }
        return new(NoiseKind.Footer, [.. lines.Select(l => r.Scuff(l, 0.25))]);
    }

    public static NoisePiece Counters(DressingRandom r)
    {
        string N() => HoldoutWords.Num(r, r.Pick(r.Between(3, 90), r.Between(120, 48000)));
        var line = r.Next(8) switch
        {
            0 => $"عدد المشاهدات ( {N()} )",
            1 => $"{r.Pick("قراءات", "القراء", "عدد القراء")} {r.Pick(":", "-", "")} {N()}",
            2 => $"👁️ {N()} {r.Pick("", "مشاهدة")}",
            3 => $"المشاهدات {N()} {r.Pick("|", "-", "·")} التعليقات {HoldoutWords.Num(r, r.Between(0, 40))}",
            4 => $"تمت المشاهدة {N()} {r.Pick("مرة", "مرات")}",
            5 => $"{N()} {r.Pick("قراءة", "مشاهدة")} {r.Pick("·", "|", "-")} {HoldoutWords.Num(r, r.Between(0, 30))} {r.Pick("تعليق", "تعليقات")}",
            6 => $"عدد التعليقات{r.Pick(" : ", ": ", " ")}{HoldoutWords.Num(r, r.Between(0, 60))}",
            _ => $"{r.Pick("💬", "🗨️")} {HoldoutWords.Num(r, r.Between(0, 60))}",
        };
        return new(NoiseKind.Counter, [r.Scuff(line, 0.25)]);
    }

    public static NoisePiece Share(DressingRandom r)
    {
        var outlet = r.Pick(HoldoutWords.Outlets);
        var emoji = r.Chance(0.5) ? r.Pick(HoldoutWords.Emoji) + " " : "";
        var handle = "@" + r.Letters(r.Between(5, 11), "abcdefghijklmnopqrstuvwxyz_");
        var line = r.Next(9) switch
        {
            0 => $"{emoji}تابعوا {outlet} عبر {r.Pick(HoldoutWords.Platforms)} {r.Pick(handle, "")}".TrimEnd(),
            1 => $"{emoji}للمتابعة عبر {r.Pick(HoldoutWords.Platforms)} اضغط هنا",
            2 => $"{emoji}شارك هذا الموضوع مع أصدقائك",
            3 => string.Join(r.Pick("  ", " • ", " / "), HoldoutWords.LatinPlatforms.OrderBy(_ => r.Next(100)).Take(r.Between(2, 4))),
            4 => $"{emoji}انشر الخبر{r.Pick(":", "")} {string.Join(r.Pick(" ", " ، "), HoldoutWords.Platforms.OrderBy(_ => r.Next(100)).Take(r.Between(2, 3)))}",
            5 => $"{emoji}لتصلك أخبار {outlet} أولاً بأول، {r.Pick("فعّل التنبيهات", "انضم لقناتنا على التلقرام", "حمّل التطبيق")}",
            6 => r.Pick("غرّد", "أرسل عبر البريد", "اطبع الخبر", "نسخ رابط الخبر"),
            7 => $"{emoji}{r.Pick("Share on", "Tweet this", "Send via")} {r.Pick(HoldoutWords.LatinPlatforms)}",
            _ => $"{emoji}{r.Pick(HoldoutWords.Platforms)}{r.Pick(": ", " | ", " ")}{handle}",
        };
        return new(NoiseKind.Share, [r.Scuff(line, 0.25)]);
    }

    // «رابط الخبر» and its kin, the address sometimes on the next line.
    public static NoisePiece MoreLink(DressingRandom r, DressingPools p)
    {
        var url = r.Pick("https://", "http://") + r.Pick("m.", "www.", "") + r.Pick("albiladdaily.com", "makkahnewspaper.com", "akhbaar24.argaam.com", "sada.news", "almarsd.net")
            + "/" + r.Pick("article/", "news/", "?p=", "") + r.Between(1000, 9999999);
        return r.Next(5) switch
        {
            0 => new(NoiseKind.MoreLink, [$"رابط الخبر{r.Pick(" ⬅️ ", " : ", ": ", " ")}{url}"]),
            1 => new(NoiseKind.MoreLink, [r.Pick("رابط الخبر الأصلي", "رابط مختصر", "الرابط المختصر للخبر") + r.Pick(":", " :", ""), url]),
            2 => new(NoiseKind.MoreLink, [$"لقراءة {r.Pick("التفاصيل", "الخبر كاملا", "بقية الخبر")}{r.Pick(": ", " ← ", " ")}{url}"]),
            3 => new(NoiseKind.MoreLink, [$"رابط الخبر في {r.Pick(HoldoutWords.Outlets)}: {r.Pick(p.Titles)}"]),
            _ => new(NoiseKind.MoreLink, [r.Pick("للمزيد من الأخبار زوروا موقعنا", "تابع بقية الخبر على الموقع", "التفاصيل على الرابط") + r.Pick("", " 👇")]),
        };
    }
}
