namespace BlazorReader.Bench.Cleaning.Thirteenth;

// What sits between a story's paragraphs once a page is flattened: a gallery's counter and
// captions with credits, a video player's chips, an infographic's alt text, a map chip, a pull
// quote repeating a sentence, an inline read-also; and what is glued onto a paragraph's end:
// a wiki-style citation marker, a reaction bar, a more-link.
internal static class InnerShapes
{
    private static readonly string[] Scenes =
    [
        "جانب من الاجتماع", "جانب من الحضور", "لقطة من الحفل", "مشهد عام من المدينة", "صورة أرشيفية", "من موقع الحادث",
        "خلال الزيارة الميدانية", "أثناء توقيع الاتفاقية", "جانب من الندوة", "صورة من الأرشيف", "من أجواء المعرض",
    ];

    public static NoisePiece Gallery(Page p)
    {
        var r = p.R;
        var total = r.Between(4, 24);
        var at = r.Between(1, total);
        var counter = r.Next(3) switch
        {
            0 => Ink.Digits(r, at + p.Pick(" / ", "/", " من ") + total, p.Region),
            1 => p.Pick("الصورة ", "صورة ", "Photo ") + Ink.Digits(r, at + p.Pick(" من ", " sur ", " / ") + total, p.Region),
            _ => p.Pick("🖼 ", "📷 ", "") + p.Pick("ألبوم الصور", "معرض الصور", "Galerie photos", "شاهد الصور") + " (" + p.Num(total) + ")",
        };
        var credit = p.Pick("تصوير: ", "تصوير ", "(تصوير: ", "© ", "Photo : ", "عدسة: ") + (r.Chance(0.6) ? DressingPools.PersonName(r) : p.Outlet.Name);
        var caption = r.Pick(Scenes) + (r.Chance(0.5) ? p.Pick(" في ", " بمدينة ", " - ") + p.City() : "") + p.Pick(" ", " - ", " | ", "\n") + credit + (credit.StartsWith('(') ? ")" : "");
        var lines = new List<string> { counter };
        lines.AddRange(caption.Split('\n'));
        if (r.Chance(0.6))
        {
            lines.Add(p.Pick("‹ السابقة", "السابق", "Précédente") + p.Pick(" | ", "   ", " · ") + p.Pick("الصورة التالية ›", "التالي", "Suivante ›"));
        }
        return Page.Piece(NoiseKind.Caption, r.Chance(0.5) ? lines : lines.OrderBy(_ => r.Next(9)));
    }

    public static NoisePiece Video(Page p)
    {
        var r = p.R;
        var duration = Ink.Digits(r, $"{r.Between(0, 12):00}:{r.Between(0, 59):00}", p.Region);
        var lines = new List<string>
        {
            p.Pick("▶ ", "▶️ ", "► ", "") + p.Pick("شاهد الفيديو", "شاهد بالفيديو", "تشغيل", "فيديو", "Regarder la vidéo", "Play", "شوف الفيديو"),
        };
        if (r.Chance(0.7))
        {
            lines.Add(p.Pick("", "المدة: ", "⏱ ") + duration + p.Pick("", " / " + duration, " دقيقة"));
        }
        if (r.Chance(0.4))
        {
            lines.Add(p.Pick("الترجمة", "Sous-titres", "CC", "الترجمة النصية") + p.Pick(": تشغيل", " | إيقاف", ": إيقاف", " on/off", " ⚙"));
        }
        if (r.Chance(0.3))
        {
            lines.Add(p.Pick("ملء الشاشة", "كتم الصوت", "الجودة: 720p", "Plein écran", "مشاركة الفيديو"));
        }
        return Page.Piece(NoiseKind.Caption, lines.OrderBy(_ => r.Next(3)));
    }

    public static NoisePiece Infographic(Page p)
    {
        var r = p.R;
        var line = p.Pick("إنفوغراف", "انفوجراف", "إنفوجرافيك", "رسم بياني", "Infographie") + p.Pick(": ", " | ", " - ")
            + p.Pick("أرقام وحقائق عن ", "بالأرقام.. ", "تعرف على ", "ما تريد معرفته عن ") + p.Pick("الموضوع", "القرار الجديد", "الموازنة", "المشروع", "الحدث");
        var alt = p.Pick("صورة توضيحية", "رسم توضيحي يبين", "صورة: جدول يوضح", "alt: graphique montrant") + " " + p.Pick("توزيع الأرقام حسب المناطق", "تطور المؤشرات خلال السنوات الأخيرة", "مراحل تنفيذ المشروع", "les chiffres clés");
        return Page.Piece(NoiseKind.Caption, r.Chance(0.6) ? [line, alt] : [r.Chance(0.5) ? line : alt]);
    }

    public static NoisePiece MapChip(Page p)
    {
        var r = p.R;
        var lines = new List<string> { p.Pick("📍 ", "📌 ", "الموقع: ", "") + p.City() + p.Pick("، ", ", ", " - ") + r.Pick(RegionName(p.Region), p.Outlet.Region.ToString()) };
        if (r.Chance(0.6))
        {
            lines.Add(p.Pick("عرض على الخريطة", "Voir sur la carte", "افتح في خرائط", "View on map", "🗺 الخريطة"));
        }
        return Page.Piece(NoiseKind.Caption, lines);
    }

    // A sentence of the story set apart as a pull quote: a repeat a reader wants once.
    public static NoisePiece? PullQuote(Page p, IReadOnlyList<string> body)
    {
        var r = p.R;
        var line = body.Count > 1 ? body[r.Between(1, body.Count - 1)] : body[0];
        var end = line.IndexOfAny(['.', '،', '؟']);
        var sentence = end > 30 ? line[..end] : line.Length > 140 ? line[..line.LastIndexOf(' ', 140)] : line;
        return sentence.Length < 20 ? null : Page.Piece(NoiseKind.Repeat, Ink.Quote(p.R, sentence));
    }

    public static NoisePiece? ReadAlso(Page p)
    {
        var r = p.R;
        if (p.Teaser(titleOnly: r.Chance(0.9)) is not { } teaser)
        {
            return null;
        }
        var label = p.Region switch
        {
            Region.Egypt => p.Pick("شوف كمان", "متفوتش", "اقرأ كمان", "اقرأ أيضا"),
            _ when p.Region.IsMaghreb() => p.Pick("Lire aussi", "اقرأ أيضا", "إقرأ أيضا", "À lire"),
            Region.Lebanon => p.Pick("Read more", "اقرأ أيضاً", "Lire aussi"),
            _ => p.Pick("اقرأ أيضاً", "اقرأ أيضا", "طالع أيضاً", "ذات صلة", "اقرأ ايضا"),
        };
        var line = p.Pick("", "", "🔴 ", "◄ ", ">> ") + Ink.Stretch(r, label) + p.Pick(": ", " : ", ":", " | ", " - ", "\n") + teaser;
        return Page.Piece(NoiseKind.ReadAlso, line.Split('\n')) with { Teasers = [teaser] };
    }

    public static NoisePiece CitationMarker(Page p, int number) => new(NoiseKind.Tags,
        [p.R.Next(5) switch
        {
            0 => "[بحاجة لمصدر]",
            1 => "[" + p.Num(number) + "][" + p.Num(number + 1) + "]",
            2 => "[ملاحظة " + p.Num(number) + "]",
            _ => "[" + p.Num(number) + "]",
        }], Glued: true);

    public static NoisePiece GluedTail(Page p) => p.R.Next(4) switch
    {
        0 => new(NoiseKind.MoreLink, [p.Pick("... اقرأ المزيد", "…المزيد", "(التفاصيل)", "Lire la suite »", "اعرف التفاصيل 👇")], Glued: true),
        1 => new(NoiseKind.Counter, [p.Pick("(معدّل)", "(edited)", "(معدل)")], Glued: true),
        _ => new(NoiseKind.Counter, [Reactions.Bar(p)], Glued: true),
    };

    public static string RegionName(Region region) => region switch
    {
        Region.Morocco => "المغرب", Region.Algeria => "الجزائر", Region.Tunisia => "تونس", Region.Egypt => "مصر",
        Region.Iraq => "العراق", Region.Jordan => "الأردن", Region.Lebanon => "لبنان", Region.Palestine => "فلسطين",
        Region.Oman => "سلطنة عُمان", Region.Bahrain => "البحرين", _ => "قطر",
    };
}
