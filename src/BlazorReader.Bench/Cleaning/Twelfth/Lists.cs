namespace BlazorReader.Bench.Cleaning.Twelfth;

// Links out of the story: teaser blocks (a heading and other stories, with times or counts),
// «اقرأ أيضا» between paragraphs, the more-link, topic tags; and photo captions.
internal static class Lists
{
    private static readonly string[] PlacedCaptions =
    [
        "مشهد عام من {0}", "حشود في أحد شوارع {0}", "جانب من الاجتماع في {0}", "صورة أرشيفية لمدينة {0}", "لقطة جوية لوسط {0}", "مسؤولون خلال جولة ميدانية في {0}", "Vue générale de {0}",
    ];

    public static NoisePiece? Teasers(Story s, int? count = null)
    {
        var r = s.R;
        var teasers = s.Teasers(count ?? r.Between(1, 5));
        if (teasers.Count == 0)
        {
            return null;
        }
        var heading = Ink.Label(r, ["الأكثر قراءة", "ذات صلة", "أخبار ذات صلة", "من الأرشيف", "في القسم نفسه", "اخترنا لكم", "À lire aussi", "الأكثر مشاهدة", "المزيد من " + s.Outlet.Name], ["", ":", " »", " ▸"]);
        var bullet = Ink.Bullet(r);
        var lines = new List<string>();
        if (r.Chance(0.75))
        {
            lines.Add(heading);
        }
        var rank = 1;
        foreach (var t in teasers)
        {
            var line = r.Next(5) switch
            {
                0 => Ink.Digits(r, rank) + r.Pick(". ", "- ", " ", ") ") + t,
                1 => t + Ink.Bar(r) + r.Pick("منذ ", "قبل ") + Ink.Digits(r, r.Between(2, 23)) + r.Pick(" ساعة", " ساعات", " دقيقة", " يوم"),
                2 => t,
                _ => bullet + t,
            };
            lines.Add(line);
            if (r.Chance(0.1))
            {
                lines.Add(Calendar.Arabic(r, s.Day.AddDays(-r.Next(40))));
            }
            rank++;
        }
        return new NoisePiece(NoiseKind.Teaser, lines) { Teasers = teasers };
    }

    // «اقرأ أيضا: …» on a line of its own, or its label above the linked title.
    public static NoisePiece? ReadAlso(Story s)
    {
        var r = s.R;
        if (s.Teaser(0.05) is not { } t)
        {
            return null;
        }
        var label = Ink.Label(r, ["اقرأ أيضا", "اقرأ أيضاً", "إقرأ ايضا", "اقرأ كذلك", "طالع أيضاً", "شاهد أيضاً", "Lire aussi", "للمزيد اقرأ"]);
        var lines = r.Next(4) switch
        {
            0 => new[] { label, Ink.Bullet(r) + t },
            1 => [r.Pick("", "◄ ", "» ", "🔗 ") + label + Ink.Colon(r) + t + r.Pick("", " ←", " >>")],
            2 => [label + r.Separator("-", "–", "|") + Ink.Quote(r, t)],
            _ => [label + Ink.Colon(r) + t],
        };
        return new NoisePiece(NoiseKind.ReadAlso, lines) { Teasers = [t] };
    }

    // The more-link: glued onto the last line, or a line of its own with the address (sometimes broken).
    public static NoisePiece MoreLink(Story s, bool glued)
    {
        var r = s.R;
        if (glued)
        {
            return new NoisePiece(NoiseKind.MoreLink, [r.Pick("للمزيد", "اقرأ المزيد", "التفاصيل ←", "المزيد…", "(...) للمزيد اضغط هنا", "Lire la suite", "تابع القراءة »", "... المزيد")], Glued: true);
        }
        var url = r.Pick("https://", "http://", "") + r.Pick("www.", "", "m.") + s.Outlet.Domain + "/" + r.Pick("news", "ar/article", "akhbar", "story", "node") + "/" + r.Between(10000, 999999);
        if (r.Chance(0.25))
        {
            // The address broken by the scraper, the label before it or not.
            var cut = r.Between(3, url.Length - 3);
            var label = r.Chance(0.6) ? Ink.Label(r, ["رابط الخبر", "الرابط المختصر", "Lien"]) + Ink.Colon(r) : "";
            return new NoisePiece(NoiseKind.MoreLink, [label + url[..cut], url[cut..]]);
        }
        return r.Next(4) switch
        {
            0 => new NoisePiece(NoiseKind.MoreLink, [Ink.Label(r, ["رابط الخبر", "الرابط المختصر", "رابط دائم", "الرابط"]) + Ink.Colon(r) + url]),
            1 => new NoisePiece(NoiseKind.MoreLink, [r.Pick("اقرأ الخبر كاملاً على موقع ", "تابع التفاصيل على ", "النص الكامل على ") + s.Outlet.Name]),
            2 => new NoisePiece(NoiseKind.MoreLink, [Ink.Label(r, ["رابط المقال", "Lien permanent"]) + Ink.Colon(r), url]),
            _ => new NoisePiece(NoiseKind.MoreLink, [url]),
        };
    }

    public static NoisePiece Tags(Story s)
    {
        var r = s.R;
        var words = new List<string> { s.City, r.Pick("أخبار", "سياسة", "اقتصاد", "محليات", "العالم العربي"), r.Pick("حكومة", "وزارة", "مجلس", "انتخابات", "تعليم", "صحة", "نفط", "رياضة") }
            .Concat(s.Title?.Split(' ').Where(w => w.Length >= 5).Take(r.Between(0, 2)) ?? []).Distinct().ToList();
        return r.Next(4) switch
        {
            0 => new NoisePiece(NoiseKind.Tags, [Ink.Label(r, ["الوسوم", "كلمات مفتاحية", "وسوم", "مواضيع ذات صلة", "Mots-clés"]) + Ink.Colon(r) + string.Join(Ink.Comma(r), words)]),
            1 => new NoisePiece(NoiseKind.Tags, [string.Join(" ", words.Select(w => "#" + w.Replace(' ', '_')))]),
            2 => new NoisePiece(NoiseKind.Tags, [Ink.Label(r, ["الوسوم", "تصنيفات"]) + Ink.Colon(r), string.Join(Ink.Bar(r), words)]),
            _ => new NoisePiece(NoiseKind.Tags, [r.Pick("القسم", "التصنيف", "Rubrique") + Ink.Colon(r) + words[1] + Ink.Bar(r) + s.Outlet.Name]),
        };
    }

    public static NoisePiece Caption(Story s)
    {
        var r = s.R;
        // What the photo shows: some phrasings name the city, some stand alone.
        var what = r.Chance(0.6)
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture, r.Pick(PlacedCaptions), s.City)
            : r.Pick("جانب من الاجتماع", "مسؤولون خلال جولة ميدانية", "لقطة من موقع الحدث", "صورة أرشيفية", "الوزير يتحدث إلى الصحفيين", "Vue générale");
        var credit = r.Pick("تصوير", "الصورة", "عدسة", "Photo") + Ink.Colon(r) + r.Pick(DressingPools.PersonName(r), s.Outlet.Agency, r.Pick(DressingPools.LatinFirst) + " " + r.Pick(DressingPools.LatinLast));
        return r.Next(5) switch
        {
            0 => new NoisePiece(NoiseKind.Caption, [what + " (" + credit + ")"]),
            1 => new NoisePiece(NoiseKind.Caption, [r.Pick("▲ ", "📷 ", "◀ ", "") + what, credit]),
            2 => new NoisePiece(NoiseKind.Caption, [Ink.Digits(r, $"{r.Between(1, 3)} / {r.Between(4, 12)}") + Ink.Bar(r) + what]),
            3 => new NoisePiece(NoiseKind.Caption, [r.Pick("الصورة", "صورة") + Ink.Colon(r) + what + Ink.Bar(r) + r.Pick("Sahel Press Photo", "Nile Images", "Barada Lens", "Horn Pictures/Archive")]),
            _ => new NoisePiece(NoiseKind.Caption, [what + r.Pick(" - ", " — ") + Calendar.Arabic(r, s.Day)]),
        };
    }
}
