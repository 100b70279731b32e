namespace BlazorReader.Bench.Cleaning.Thirteenth;

// What a regional paper prints above a story: the headline again (with a kicker or the
// paper's name), the byline in its country's manner, the date in its calendar, breadcrumbs,
// language toggles, reading-time and view chips, and the city glued to the lead.
internal static class HeadShapes
{
    private static readonly string[] Languages = ["English", "Français", "عربي"];

    public static NoisePiece? Headline(Page p)
    {
        if (p.Title is null)
        {
            return null;
        }
        var r = p.R;
        var line = r.Next(6) switch
        {
            0 => r.Pick("عاجل", "بالفيديو", "بالصور", "خاص", "Exclusif", "حصري", "Breaking") + r.Pick(" | ", ".. ", ": ", " - ", "|") + p.Title,
            1 => p.Title + p.Sep() + p.Outlet.Name,
            2 when p.Region == Region.Egypt => p.Title + r.Pick(" (فيديو)", " .. اعرف التفاصيل", " - شوف حصل إيه", " (صور)"),
            _ => p.Title,
        };
        return Page.Piece(NoiseKind.Headline, line);
    }

    public static NoisePiece Byline(Page p)
    {
        var r = p.R;
        var name = DressingPools.PersonName(r);
        var line = p.Region switch
        {
            Region.Egypt => r.Pick("كتب", "كتبت", "كتب -", "كتبت -", "كتب:") + " " + name + (r.Chance(0.3) ? " و" + DressingPools.PersonName(r) : ""),
            _ when p.Region.IsMaghreb() && r.Chance(0.35) => r.Pick("Par ", "Par : ", "Rédigé par ") + r.Pick(DressingPools.LatinFirst) + " " + r.Pick("Benali", "Tazi", "Bouzid", "Ferchichi", "Alaoui"),
            Region.Iraq => r.Pick("متابعة", "تقرير", "بغداد/", "خاص/") + r.Pick(": ", " ", " - ") + name,
            Region.Lebanon => r.Pick("كتبت ", "كتب ") + name + r.Pick(" في «" + p.Outlet.Name + "»:", ":", " - " + p.City()),
            _ when p.Region.IsGulf() => r.Pick("كتب - ", "إعداد: ", "بقلم: ", "") + name + r.Pick("", " - " + p.City(), " | " + p.Outlet.Name),
            _ => r.Pick("بقلم: ", "بقلم ", "كتب: ", "المحرر: ", "بواسطة ", "بواسطة: ") + name,
        };
        if (r.Chance(0.3))
        {
            line += r.Separator("|", "-", "•", "—") + r.Pick("آخر تحديث: ", "نشر في ", "Mis à jour le ", "") + p.Date() + (r.Chance(0.5) ? " " + Ink.Time(r, p.Region) : "");
        }
        return Page.Piece(NoiseKind.Byline, Ink.Stretch(r, line));
    }

    public static NoisePiece Dateline(Page p)
    {
        var r = p.R;
        var time = Ink.Time(r, p.Region);
        var line = r.Next(6) switch
        {
            0 when p.Region.IsMaghreb() => r.Pick("Publié le ", "Publié le : ", "Mis à jour le ") + p.Day.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) + r.Pick(" à ", " - ") + time,
            1 when p.Region.IsGulf() => p.Date() + r.Pick(" الموافق ", " | ", " - ") + Ink.Hijri(r, p.Day, p.Region),
            2 => Ink.Hijri(r, p.Day, p.Region) + r.Separator("|", "-", "،", "/") + p.Date(),
            3 => r.Pick("آخر تحديث: ", "آخر تحديث ", "تاريخ النشر: ", "نُشر في: ", "نشر بتاريخ ") + p.Date() + r.Pick(" - ", " | ", " ") + time,
            4 => "🕐 " + r.Pick(Ink.Ago(r, p.Region), p.Date()),
            _ => p.Date() + r.Separator("|", "-", "•") + time,
        };
        return Page.Piece(NoiseKind.Dateline, line);
    }

    // The city (and sometimes the agency or a pin) glued before the lead's first word.
    public static NoisePiece GluedCity(Page p)
    {
        var r = p.R;
        var city = p.City();
        var chip = r.Next(5) switch
        {
            0 => city + r.Pick(" (", "(") + Outlets.Agency(r, p.Region).Trim('(', ')') + ")" + r.Pick(" - ", " ـ ", " -", ": "),
            1 => "📍 " + city + r.Pick(" | ", " · ", "  "),
            2 => city + "، " + p.Date() + r.Pick(" - ", " ـ "),
            _ => city + r.Pick(" - ", " – ", "- ", " ـ ", ": ", "/ "),
        };
        return new NoisePiece(NoiseKind.Dateline, [chip], Glued: true);
    }

    public static NoisePiece Breadcrumb(Page p)
    {
        var r = p.R;
        var home = p.Region.IsMaghreb() && r.Chance(0.4) ? "Accueil" : r.Pick("الرئيسية", "الرئيسـية", "الصفحة الرئيسية");
        var mark = r.Pick(" › ", " > ", " / ", " » ", " ‹ ", "»");
        var sections = p.Region.IsMaghreb() && home == "Accueil"
            ? new[] { r.Pick("Maroc", "Algérie", "Tunisie", "National"), r.Pick("Société", "Politique", "Économie", "Régions") }
            : new[] { r.Pick("أخبار محلية", "محليات", "أخبار وطنية", "عربي ودولي", "اقتصاد"), r.Pick("مجتمع", "سياسة", "حوادث", "تقارير", "منوعات") };
        return Page.Piece(NoiseKind.Tags, string.Join(mark, new[] { home }.Concat(sections.Take(r.Between(1, 2)))));
    }

    public static NoisePiece LanguageToggle(Page p)
    {
        var r = p.R;
        var line = r.Next(4) switch
        {
            0 => string.Join(r.Pick(" | ", " · ", " / ", "  "), Languages.OrderBy(_ => r.Next(9))),
            1 => r.Pick("AR | EN | FR", "عربي · EN", "EN | عربي", "FR | AR"),
            2 => r.Pick("اقرأ بالفرنسية", "Lire en français", "Read in English", "النسخة الإنجليزية") + r.Pick("", " ←", " →"),
            _ => r.Pick("🌐 ", "") + r.Pick("اختر اللغة", "Langue", "Language") + ": " + r.Pick("العربية", "عربي") + " | " + r.Pick("English", "Français"),
        };
        return Page.Piece(NoiseKind.Share, line);
    }

    public static NoisePiece ReadingChip(Page p)
    {
        var r = p.R;
        var minutes = r.Between(1, 9);
        var line = r.Next(6) switch
        {
            0 => r.Pick("⏱ ", "⏱️ ", "") + "وقت القراءة" + r.Pick(": ", " : ", " ") + p.Num(minutes) + " " + (minutes <= 2 ? r.Pick("دقيقة", "دقيقتان", "د") : r.Pick("دقائق", "د")),
            1 => minutes + r.Pick(" min de lecture", " min read", " mn"),
            2 => r.Pick("مدة القراءة: ", "تقرأ في ", "قراءة ") + p.Num(minutes) + r.Pick(" دقائق", " د", " دقيقة"),
            3 => r.Pick("تمت قراءة ", "التقدم: ", "اكتملت القراءة ") + p.Num(r.Between(0, 100)) + "%",
            4 => "👁 " + Ink.Count(r, p.Region) + r.Pick(" مشاهدة", " قراءة", "", " vues"),
            _ => r.Pick("عدد القراءات: ", "المشاهدات ", "عدد المشاهدات : ", "Lu ") + Ink.Count(r, p.Region) + (r.Chance(0.3) ? " fois" : ""),
        };
        return Page.Piece(NoiseKind.Counter, line);
    }
}
