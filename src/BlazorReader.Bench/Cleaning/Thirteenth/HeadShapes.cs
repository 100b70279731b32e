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
            0 => p.Pick("عاجل", "بالفيديو", "بالصور", "خاص", "Exclusif", "حصري", "Breaking") + p.Pick(" | ", ".. ", ": ", " - ", "|") + p.Title,
            1 => p.Title + p.Sep() + p.Outlet.Name,
            2 when p.Region == Region.Egypt => p.Title + p.Pick(" (فيديو)", " .. اعرف التفاصيل", " - شوف حصل إيه", " (صور)"),
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
            Region.Egypt => p.Pick("كتب", "كتبت", "كتب -", "كتبت -", "كتب:") + " " + name + (r.Chance(0.3) ? " و" + DressingPools.PersonName(r) : ""),
            _ when p.Region.IsMaghreb() && r.Chance(0.35) => p.Pick("Par ", "Par : ", "Rédigé par ") + r.Pick(DressingPools.LatinFirst) + " " + p.Pick("Benali", "Tazi", "Bouzid", "Ferchichi", "Alaoui"),
            Region.Iraq => p.Pick("متابعة: ", "تقرير: ", "بغداد/ ", "خاص/ ", "متابعة - ", "بغداد - ") + name,
            Region.Lebanon => p.Pick("كتبت ", "كتب ") + name + p.Pick(" في «" + p.Outlet.Name + "»:", ":", " - " + p.City()),
            _ when p.Region.IsGulf() => p.Pick("كتب - ", "إعداد: ", "بقلم: ", "") + name + p.Pick("", " - " + p.City(), " | " + p.Outlet.Name),
            _ => p.Pick("بقلم: ", "بقلم ", "كتب: ", "المحرر: ", "بواسطة ", "بواسطة: ") + name,
        };
        if (r.Chance(0.3))
        {
            line += r.Separator("|", "-", "•", "—") + p.Pick("آخر تحديث: ", "نشر في ", "Mis à jour le ", "") + p.Date() + (r.Chance(0.5) ? " " + Ink.Time(r, p.Region) : "");
        }
        return Page.Piece(NoiseKind.Byline, Ink.Stretch(r, line));
    }

    public static NoisePiece Dateline(Page p)
    {
        var r = p.R;
        var time = Ink.Time(r, p.Region);
        var line = r.Next(6) switch
        {
            0 when p.Region.IsMaghreb() => p.Pick("Publié le ", "Publié le : ", "Mis à jour le ") + p.Day.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) + p.Pick(" à ", " - ") + time,
            1 when p.Region.IsGulf() => p.Date() + p.Pick(" الموافق ", " | ", " - ") + Ink.Hijri(r, p.Day, p.Region),
            2 => Ink.Hijri(r, p.Day, p.Region) + r.Separator("|", "-", "،", "/") + p.Date(),
            3 => p.Pick("آخر تحديث: ", "آخر تحديث ", "تاريخ النشر: ", "نُشر في: ", "نشر بتاريخ ") + p.Date() + p.Pick(" - ", " | ", " ") + time,
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
            0 => city + p.Pick(" (", "(") + Outlets.Agency(r, p.Region).Trim('(', ')') + ")" + p.Pick(" - ", " ـ ", " -", ": "),
            1 => "📍 " + city + p.Pick(" | ", " · ", "  "),
            2 => city + "، " + p.Date() + p.Pick(" - ", " ـ "),
            _ => city + p.Pick(" - ", " – ", "- ", " ـ ", ": ", "/ "),
        };
        return new NoisePiece(NoiseKind.Dateline, [chip], Glued: true);
    }

    public static NoisePiece Breadcrumb(Page p)
    {
        var r = p.R;
        var home = p.Region.IsMaghreb() && r.Chance(0.4) ? "Accueil" : p.Pick("الرئيسية", "الرئيسـية", "الصفحة الرئيسية");
        var mark = p.Pick(" › ", " > ", " / ", " » ", " ‹ ", "»");
        var sections = p.Region.IsMaghreb() && home == "Accueil"
            ? new[] { p.Pick("Maroc", "Algérie", "Tunisie", "National"), p.Pick("Société", "Politique", "Économie", "Régions") }
            : new[] { p.Pick("أخبار محلية", "محليات", "أخبار وطنية", "عربي ودولي", "اقتصاد"), p.Pick("مجتمع", "سياسة", "حوادث", "تقارير", "منوعات") };
        return Page.Piece(NoiseKind.Tags, string.Join(mark, new[] { home }.Concat(sections.Take(r.Between(1, 2)))));
    }

    public static NoisePiece LanguageToggle(Page p)
    {
        var r = p.R;
        var line = r.Next(4) switch
        {
            0 => string.Join(p.Pick(" | ", " · ", " / ", "  "), Languages.OrderBy(_ => r.Next(9))),
            1 => p.Pick("AR | EN | FR", "عربي · EN", "EN | عربي", "FR | AR"),
            2 => p.Pick("اقرأ بالفرنسية", "Lire en français", "Read in English", "النسخة الإنجليزية") + p.Pick("", " ←", " →"),
            _ => p.Pick("🌐 ", "") + p.Pick("اختر اللغة", "Langue", "Language") + ": " + p.Pick("العربية", "عربي") + " | " + p.Pick("English", "Français"),
        };
        return Page.Piece(NoiseKind.Share, line);
    }

    public static NoisePiece ReadingChip(Page p)
    {
        var r = p.R;
        var minutes = r.Between(1, 9);
        var line = r.Next(6) switch
        {
            0 => p.Pick("⏱ ", "⏱️ ", "") + "وقت القراءة" + p.Pick(": ", " : ", " ") + minutes switch { 1 => "دقيقة واحدة", 2 => "دقيقتان", _ => p.Num(minutes) + p.Pick(" دقائق", " د") },
            1 => minutes + p.Pick(" min de lecture", " min read", " mn"),
            2 => p.Pick("مدة القراءة: ", "تقرأ في ", "قراءة ") + p.Num(minutes) + (minutes > 2 ? p.Pick(" دقائق", " د") : p.Pick(" دقيقة", " د")),
            3 => p.Pick("تمت قراءة ", "التقدم: ", "اكتملت القراءة ") + p.Num(r.Between(0, 100)) + "%",
            4 => "👁 " + Ink.Count(r, p.Region) + p.Pick(" مشاهدة", " قراءة", "", " vues"),
            _ => p.Pick("عدد القراءات: ", "المشاهدات ", "عدد المشاهدات : ", "Lu ") + Ink.Count(r, p.Region) + (r.Chance(0.3) ? " fois" : ""),
        };
        return Page.Piece(NoiseKind.Counter, line);
    }
}
