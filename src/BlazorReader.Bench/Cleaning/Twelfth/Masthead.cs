namespace BlazorReader.Bench.Cleaning.Twelfth;

// Who wrote it, where and when, and where it came from: the lines a reader skips above and
// below the story. Each is built from slots (label, name, place, date) in any order and spacing.
internal static class Masthead
{
    public static NoisePiece P(NoiseKind kind, params string[] lines) => new(kind, lines);

    // The title printed again at the top, with a section kicker or the outlet's name beside it.
    public static NoisePiece? Headline(Story s)
    {
        var r = s.R;
        if (s.Title is null)
        {
            return null;
        }
        var kicker = r.Pick("عاجل", "خاص", "تقرير", "حصري", "متابعات", "الشأن المحلي", "العالم", "اقتصاد", "Exclusif");
        return r.Next(4) switch
        {
            0 => P(NoiseKind.Headline, kicker + Ink.Bar(r).TrimEnd(), s.Title),
            1 => P(NoiseKind.Headline, s.Title + Ink.Bar(r) + s.Outlet.Name),
            2 => P(NoiseKind.Headline, Ink.Bullet(r) + s.Title),
            _ => P(NoiseKind.Headline, s.Title),
        };
    }

    public static NoisePiece Byline(Story s)
    {
        var r = s.R;
        var name = DressingPools.PersonName(r);
        var line = r.Next(7) switch
        {
            0 => Ink.Label(r, ["بقلم", "كتب", "كتبت", "إعداد", "تقرير"]) + Ink.Colon(r) + name,
            1 => name + r.Pick(" - ", " — ", "، ", " | ") + r.Pick(Outlets.Reporters) + " " + Ink.Quote(r, s.Outlet.Name) + " في " + s.City,
            2 => r.Pick(Outlets.Reporters) + " " + Ink.Quote(r, s.Outlet.Name) + " في " + s.City + Ink.Colon(r) + name,
            3 => "إعداد" + Ink.Colon(r) + name + Ink.Bar(r) + r.Pick("تحرير", "مراجعة", "تدقيق") + Ink.Colon(r) + DressingPools.PersonName(r),
            4 => r.Pick("Par ", "Par : ", "By ") + r.Pick(DressingPools.LatinFirst) + " " + r.Pick(DressingPools.LatinLast) + (r.Chance(0.5) ? ", correspondant à " + s.City : ""),
            5 => r.Pick("القسم العربي", "غرفة الأخبار", "المحرر الدولي", "فريق التحرير") + Ink.Bar(r) + s.Outlet.Name,
            _ => name,
        };
        return r.Chance(0.25) ? P(NoiseKind.Byline, line, r.Pick("صحفي", "محرر", "كاتب") + " " + r.Pick("متخصص في الشؤون الإفريقية", "في القسم الاقتصادي", "مقيم في " + s.City, "ومراسل ميداني")) : P(NoiseKind.Byline, line);
    }

    // A dateline glued to the lead («الخرطوم - «المقرن اليوم»:») or a publication line of its own.
    public static NoisePiece Dateline(Story s, bool glued)
    {
        var r = s.R;
        if (glued)
        {
            var source = r.Pick(s.Outlet.Agency, s.Outlet.Name, r.Pick("وكالات", "خاص", "وكالة أنباء الساحل", "ن.ن"));
            return new NoisePiece(NoiseKind.Dateline, [r.Next(5) switch
            {
                0 => s.City + r.Separator("-", "–", "—", "ـ") + Ink.Quote(r, source) + r.Pick(":", " :", ""),
                1 => s.City + " (" + source + ")" + r.Pick(" -", " –", ":", ""),
                2 => s.City + Ink.Comma(r) + Calendar.Arabic(r, s.Day) + " (" + source + ") " + r.Pick("-", "—"),
                3 => s.City + r.Pick(":", " :", " -"),
                _ => Ink.Stretch(r, s.City, 0.3) + " " + r.Pick("ـ", "-", "—") + " " + r.Pick(Outlets.Reporters) + " " + Ink.Quote(r, s.Outlet.Name) + ":",
            }], Glued: true);
        }
        var published = Ink.Label(r, ["نشر في", "تاريخ النشر", "نُشر", "آخر تحديث", "تم النشر"]);
        return r.Next(5) switch
        {
            0 => P(NoiseKind.Dateline, published + Ink.Colon(r) + Calendar.Dual(r, s.Day)),
            1 => P(NoiseKind.Dateline, published + Ink.Colon(r) + Calendar.Arabic(r, s.Day) + Ink.Bar(r) + Calendar.Clock(r)),
            2 => P(NoiseKind.Dateline, r.Pick("Publié le ", "Mis à jour le ") + Calendar.InFrench(r, s.Day) + r.Pick(" à ", " - ") + $"{r.Next(24)}h{r.Next(60):00}"),
            3 => P(NoiseKind.Dateline, s.City + Ink.Comma(r) + Calendar.Arabic(r, s.Day)),
            _ => P(NoiseKind.Dateline, Calendar.WeekDay(s.Day) + " " + Calendar.HijriDate(r, s.Day), Calendar.Arabic(r, s.Day, "both")),
        };
    }

    // «المصدر: …» and its kin; the credit is the source's name as an attribution would hold it.
    public static NoisePiece Credit(Story s)
    {
        var r = s.R;
        var source = r.Pick(s.Outlet.Agency, s.Outlet.Name, r.Pick("وكالة أنباء الساحل", "وكالة أنباء البحر الأحمر", "شبكة القرن الإفريقي", "مركز الخليج الإعلامي"));
        var line = r.Next(6) switch
        {
            0 => Ink.Label(r, ["المصدر", "مصدر الخبر", "المصادر"]) + Ink.Colon(r) + source,
            1 => r.Pick("نقلاً عن ", "نقلا عن ", "عن ") + Ink.Quote(r, source) + r.Pick("", " بتصرف", " (بتصرف)"),
            2 => (s.Outlet.French ? r.Pick("Source : ", "Avec ") : r.Pick("Source: ", "المصدر - ")) + source,
            3 => r.Pick("(", "[") + source + r.Pick(")", "]"),
            4 => r.Pick("نقلاً عن موقع ", "عن موقع ", "المصدر/") + Ink.Quote(r, source),
            _ => Ink.Label(r, ["المصدر", "الخبر منقول من"]) + Ink.Colon(r) + source + Ink.Bar(r) + s.Outlet.Domain,
        };
        return new NoisePiece(NoiseKind.Credit, [line]) { Credit = source };
    }

    public static NoisePiece Counter(Story s)
    {
        var r = s.R;
        var n = r.Between(3, 48000);
        return P(NoiseKind.Counter, r.Next(6) switch
        {
            0 => Ink.Label(r, ["عدد المشاهدات", "المشاهدات", "القراءات", "عدد القراء"]) + Ink.Colon(r) + r.Number(n),
            1 => r.Number(r.Between(0, 300)) + " " + r.Pick("تعليق", "تعليقاً", "تعليقات", "مشاركة"),
            2 => r.Pick("👁 ", "👁️ ", "◉ ") + r.Number(n) + r.Pick("", " مشاهدة"),
            3 => r.Pick("Vues : ", "Lectures : ") + n.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")),
            4 => "الزيارات" + Ink.Colon(r) + r.Number(n) + Ink.Bar(r) + "التعليقات" + Ink.Colon(r) + r.Number(r.Next(90)),
            _ => r.Number(r.Between(2, 40)) + r.Pick(" إعجاب", " ♥", " تفاعل") + Ink.Bar(r) + r.Number(r.Between(0, 60)) + r.Pick(" مشاركة", " إعادة نشر"),
        });
    }
}
