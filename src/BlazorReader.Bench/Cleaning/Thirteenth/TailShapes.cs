namespace BlazorReader.Bench.Cleaning.Thirteenth;

// What a regional paper prints below a story: its credit, a link to the full story, tags,
// share and follow calls in its country's words (Egyptian colloquial, French in the Maghreb,
// English and French in Lebanon), the author's bio box and the copyright footer.
internal static class TailShapes
{
    private static readonly string[] Networks = ["Facebook", "X", "WhatsApp", "Telegram", "فيسبوك", "تويتر", "واتساب", "Email"];
    private static readonly string[] FooterLinks = ["من نحن", "اتصل بنا", "سياسة الخصوصية", "أعلن معنا", "شروط الاستخدام"];
    private static readonly string[] FrenchFooterLinks = ["Mentions légales", "Contact", "Publicité", "Qui sommes-nous"];

    // The story's source, once a page: an agency of the outlet's country or the outlet itself.
    public static NoisePiece? Credit(Page p)
    {
        if (p.CreditWritten)
        {
            return null;
        }
        p.CreditWritten = true;
        var r = p.R;
        var source = r.Chance(0.6) ? Outlets.Agency(r, p.Region) : p.Outlet.Name;
        var bare = source.Trim('(', ')');
        var line = r.Next(6) switch
        {
            0 => "(" + bare + ")",
            1 when p.Region.IsMaghreb() => p.Pick("Source : ", "Source: ", "المصدر: ") + bare,
            2 => p.Pick("نقلاً عن ", "عن ", "بالتعاون مع ", "وفق ما نقلته ") + bare,
            _ => Ink.Stretch(r, p.Pick("المصدر", "المصدر", "مصدر الخبر", "المصدر الأصلي")) + p.Pick(": ", " : ", ":", " - ", " | ") + bare,
        };
        return Page.Piece(NoiseKind.Credit, line) with { Credit = bare };
    }

    public static NoisePiece MoreLink(Page p)
    {
        var r = p.R;
        var url = Links.Article(r, p.Outlet);
        var o = p.Outlet.Name;
        List<string> lines = r.Next(6) switch
        {
            0 => [p.Pick("رابط الخبر: ", "رابط المقال: ", "الرابط المختصر: ", "Lien : "), .. Links.MaybeBroken(r, url, 0.4)],
            1 => [p.Pick("اقرأ الخبر كاملاً على موقع ", "تابع القراءة على ", "Lire la suite sur ", "Read more on ") + o + p.Pick("", " ←", " »")],
            2 when p.Region == Region.Egypt => [p.Pick("اعرف التفاصيل من هنا", "اضغط هنا وشوف التفاصيل", "التفاصيل كاملة من هنا 👇")],
            3 => [p.Pick("للمزيد: ", "المزيد: ", "التفاصيل: ", "🔗 ") + url],
            _ => [p.Pick("اقرأ المزيد", "تابع القراءة", "اقرأ القصة كاملة", "Lire la suite", "المقال كاملاً") + p.Pick(" ←", " »", "...", " >>")],
        };
        var merged = new List<string>();
        foreach (var l in lines)
        {
            // A label left alone before a broken link stays on its line; short link tails join the line before.
            if (merged.Count > 0 && TextReferee.Normalize(l).Length < 3)
            {
                merged[^1] += l;
                continue;
            }
            merged.Add(l);
        }
        return Page.Piece(NoiseKind.MoreLink, merged);
    }

    public static NoisePiece Tags(Page p)
    {
        var r = p.R;
        var words = new List<string>();
        if (p.Title is not null)
        {
            words.AddRange(p.Title.Split(' ').Where(w => w.Length >= 5 && w.All(char.IsLetter)).Take(2));
        }
        words.AddRange(new[] { InnerShapes.RegionName(p.Region), "أخبار", p.City(), "سياسة", "اقتصاد", "مجتمع", "تقارير" }.OrderBy(_ => r.Next(9)).Take(r.Between(1, 4)));
        var hash = r.Chance(0.35);
        var list = string.Join(hash ? " " : p.Pick("، ", " , ", " | ", " - ", " · "), words.Distinct().Select(w => hash ? "#" + w.Replace(' ', '_') : w));
        var label = hash && r.Chance(0.5) ? "" : p.Pick("الكلمات المفتاحية", "كلمات مفتاحية", "الوسوم", "وسوم", "Mots-clés", "Tags", "مواضيع") + p.Pick(": ", " : ", ":", "\n");
        return Page.Piece(NoiseKind.Tags, (label + list).Split('\n').Where(l => l.Length > 0));
    }

    public static NoisePiece Share(Page p)
    {
        var r = p.R;
        var handle = Outlets.OutletHandle(r, p.Outlet);
        var nets = string.Join(p.Pick(" | ", " ", " · ", " - ", "  "), Networks.OrderBy(_ => r.Next(9)).Take(r.Between(2, 4)));
        var line = p.Region switch
        {
            Region.Egypt when r.Chance(0.6) => p.Pick("ابعتها لصحابك", "شيّر الخبر", "حمّل تطبيق " + p.Outlet.Name + " دلوقتي", "تابعنا على واتساب عشان يوصلك كل جديد", "اشترك في قناتنا على يوتيوب"),
            _ when p.Region.IsMaghreb() && r.Chance(0.5) => p.Pick("Partager", "Partager :", "Partagez cet article") + " " + nets,
            Region.Lebanon when r.Chance(0.5) => p.Pick("Share this:", "Share", "Follow us on Instagram @" + handle, "Suivez-nous"),
            _ => r.Next(4) switch
            {
                0 => p.Pick("شارك", "شارك الخبر", "شارك المقال", "مشاركة") + p.Pick(": ", " ", " عبر: ") + nets,
                1 => p.Pick("تابعونا على ", "تابعنا على ", "انضم إلينا على ") + p.Pick("تيليغرام", "إنستغرام", "واتساب", "فيسبوك") + p.Pick(" @" + handle, "", ": t.me/" + handle),
                2 => p.Pick("اشترك في النشرة البريدية", "اشترك في نشرتنا اليومية", "فعّل الإشعارات ليصلك كل جديد 🔔", "Abonnez-vous à notre newsletter"),
                _ => p.Pick("طباعة", "🖨 طباعة", "Imprimer") + p.Pick(" | ", "  ") + p.Pick("إرسال لصديق", "حفظ", "A+ A-", "تكبير الخط"),
            },
        };
        return Page.Piece(NoiseKind.Share, line);
    }

    // The author's box: a line of bio, a handle, a link to the author's other pieces.
    public static NoisePiece AuthorBio(Page p)
    {
        var r = p.R;
        var name = DressingPools.PersonName(r);
        var lines = new List<string>();
        if (r.Chance(0.6))
        {
            lines.Add(p.Pick("عن الكاتب", "عن الكاتبة", "نبذة عن الكاتب", "À propos de l'auteur", "About the author"));
        }
        lines.Add(name + p.Pick(": ", "، ", " - ", "\n") + p.Pick("صحفي", "صحفية", "كاتب ومحلل", "محرر") + " " + p.Pick("مختص في ", "يكتب في ", "يغطي ") + p.Pick("الشأن الاقتصادي", "الشؤون البرلمانية", "قضايا المجتمع", "الرياضة المحلية", "الشأن الإقليمي") + p.Pick(".", "", " منذ " + p.Num(r.Between(2005, 2014)) + "."));
        if (r.Chance(0.6))
        {
            lines.Add(r.Chance(0.7) ? p.Pick("تابعه على X: ", "X: ", "Twitter: ", "𝕏 ") + "@" + Outlets.PersonHandle(r) : p.Pick("📧 ", "البريد: ", "E-mail: ") + Outlets.PersonHandle(r) + "@" + p.Outlet.Domain);
        }
        if (r.Chance(0.4))
        {
            lines.Add(p.Pick("جميع مقالات الكاتب", "كل مقالات ", "مقالات أخرى للكاتب", "Tous ses articles") + p.Pick("", " ←", " »"));
        }
        return Page.Piece(NoiseKind.Signature, lines.SelectMany(l => l.Split('\n')));
    }

    public static NoisePiece Footer(Page p)
    {
        var r = p.R;
        var o = p.Outlet.Name;
        var year = p.Num(p.Day.Year);
        var line = r.Next(5) switch
        {
            0 => p.Pick("©", "© ", "حقوق النشر ©") + " " + year + " " + o + p.Pick(". جميع الحقوق محفوظة", " - جميع الحقوق محفوظة", "، كل الحقوق محفوظة"),
            1 when p.Region.IsMaghreb() || p.Region == Region.Lebanon => p.Pick("Tous droits réservés", "© Tous droits réservés", "All rights reserved") + " " + o + " " + year,
            2 => string.Join(p.Pick(" | ", " - ", " · "), FooterLinks.OrderBy(_ => r.Next(9)).Take(r.Between(2, 5))),
            3 when p.Region.IsMaghreb() => string.Join(" | ", FrenchFooterLinks.Take(r.Between(2, 4))),
            _ => p.Pick("يمنع نسخ أو إعادة نشر المحتوى دون إذن مسبق", "جميع الحقوق محفوظة لـ " + o, "الآراء المنشورة تعبر عن أصحابها", "تصميم وتطوير " + p.Pick("ديجيتال ستوديو", "ويب لاين", "أطلس ديف")),
        };
        return Page.Piece(NoiseKind.Footer, line);
    }
}
