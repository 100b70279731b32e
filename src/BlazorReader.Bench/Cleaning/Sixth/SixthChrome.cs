namespace BlazorReader.Bench.Cleaning.Sixth;

// The site's own furniture: share and follow lines, counters, footers, tags and breadcrumbs.
internal static class SixthChrome
{
    private static readonly string[] Networks = ["فيسبوك", "تويتر", "واتساب", "تلغرام", "لينكدإن", "إنستغرام", "Facebook", "Twitter", "WhatsApp", "Telegram", "Messenger", "Email"];

    public static NoisePiece Share(DressingRandom r, SixthSite site)
    {
        var networks = string.Join(r.Pick(" | ", " ", " - ", " • ", "  ", "، "), Enumerable.Range(0, r.Between(2, 5)).Select(_ => r.Pick(Networks)).Distinct());
        List<string> lines = r.Next(9) switch
        {
            0 => [SixthWords.Say(r, site, r.Pick("شارك", "شارك الخبر", "شارك المقال", "مشاركة", "انشر"), r.Pick("Partager", "Partagez")) + r.Pick(": ", " : ", " ", " ⬅ ") + networks],
            1 => [r.Pick("تمت المشاركة من تطبيق ", "تمت مشاركة هذا الخبر من تطبيق ", "أُرسل من تطبيق ", "مرسل من تطبيق ") + SixthWords.Quoted(r, site.Name)
                + r.Pick("", " للهواتف الذكية", " لأجهزة أندرويد", " على iPhone", " - حمّله الآن مجانا")],
            2 => [r.Pick("📲 ", "📣 ", "🔔 ", "") + r.Pick("للاشتراك في القناة", "اشترك في قناتنا على تلغرام", "انضم إلى قناتنا على واتساب", "تابع قناتنا")
                + (r.Chance(0.6) ? r.Pick(": ", " ⬇️ ", " عبر: ") + "@" + r.Pick(SixthWords.HostStems) + r.Letters(r.Between(0, 3), "0123456789_") : r.Pick("", " 👇", " ⬇️"))],
            3 => [SixthWords.Say(r, site, r.Pick("تابعونا على", "تابعوا", "تابعنا عبر"), "Suivez-nous sur") + " " + networks],
            4 => [r.Pick("أرسل لصديق", "طباعة", "حفظ") + r.Pick(" | ", " - ", "  ") + r.Pick("طباعة", "PDF", "تكبير الخط", "تصغير الخط") + r.Pick("", " | حفظ", " | A+ A-")],
            5 => [r.Pick("Envoyé de mon iPhone", "أرسلت من جهاز آيفون الخاص بي", "Sent from my Galaxy", "مُرسَل من هاتفي")],
            6 => [r.Pick("حمّل تطبيق ", "نزّل تطبيق ", "Téléchargez l'application ") + site.Name + r.Pick(" على", " عبر", ":") + " " + r.Pick("iOS | Android", "App Store و Google Play", "أندرويد وآيفون")],
            7 => [r.Pick("تابعونا 👇", "للمتابعة:", "روابط القناة:"), r.Pick("فيسبوك", "Facebook") + ": " + site.Name, r.Pick("تويتر", "X") + ": @" + r.Pick(SixthWords.HostStems) + r.Letters(2, "0123456789")],
            _ => [r.Pick("Saved to Pocket", "حُفظ في قائمة القراءة لاحقا", "Shared via Feedly", "أرسل عبر قارئ الأخبار") + r.Pick("", " • " + site.Host)],
        };
        return new NoisePiece(NoiseKind.Share, [.. lines.Select(l => r.Scuff(l))]);
    }

    public static NoisePiece Counter(DressingRandom r, SixthSite site)
    {
        string Num() => r.Number(r.Chance(0.3) ? r.Between(0, 40) : r.Between(50, 90000));
        var line = r.Next(10) switch
        {
            0 => r.Pick("عدد القراءات", "القراءات", "الزيارات", "عدد المشاهدات", "مرات القراءة") + r.Pick(": ", " : ", " ") + Num(),
            1 => r.Pick("👁 ", "👁️ ", "👀 ") + Num() + r.Pick("", " مشاهدة", " قراءة"),
            2 => Num() + " " + SixthWords.Say(r, site, r.Pick("مشاهدة", "قراءة", "زيارة"), "vues"),
            3 => r.Pick("تعليقات", "التعليقات", "Commentaires") + (r.Chance(0.5) ? " (" + Num() + ")" : " " + Num()),
            4 => "❤️ " + Num() + r.Pick("  💬 ", " · 💬 ", " | 💬 ") + Num() + r.Pick("", "  ↗️ " + Num()),
            5 => r.Pick("مدة القراءة: ", "⏱ ", "وقت القراءة ") + r.Number(r.Between(1, 9)) + r.Pick(" دقائق", " د", " min", " دقيقة"),
            6 => Num() + r.Pick(" Likes, ", " إعجاب، ", " likes · ") + Num() + r.Pick(" Comments", " تعليق", " comments"),
            7 => "👍 " + Num() + " · " + Num() + r.Pick(" مشاركة", " shares", " تعليقا"),
            8 => r.Pick("Vues", "Lectures") + " : " + Num(),
            _ => r.Pick("- ", "ص ", "صفحة ", "الصفحة ", "Page ", "") + r.Number(r.Between(1, 48)) + r.Pick("", " -", " / " + r.Number(r.Between(48, 64))),
        };
        return new NoisePiece(NoiseKind.Counter, [r.Scuff(line)]);
    }

    public static NoisePiece Footer(DressingRandom r, SixthSite site, DateOnly date)
    {
        var year = r.Number(date.Year);
        List<string> lines = r.Next(8) switch
        {
            0 => [r.Pick("جميع الحقوق محفوظة", "كل الحقوق محفوظة", "حقوق النشر محفوظة", "© جميع الحقوق محفوظة") + r.Pick(" ل", " لـ ", " - ", " © ") + site.Name + " " + r.Pick("© ", "", "") + year],
            1 => [r.Pick("© ", "Copyright © ", "") + year + " " + site.Name + r.Pick(". Tous droits réservés", " - Tous droits réservés.", ". All rights reserved", " - جميع الحقوق محفوظة")],
            2 => [r.Pick("يعمل بواسطة ووردبريس", "Powered by WordPress", "مدعوم من دروبال", "Propulsé par WordPress") + r.Pick("", " | قالب: " + r.Pick("نيوزبيبر", "Newspaper", "Jannah", "Sahifa"))],
            3 => [r.Pick("اترك تعليقاً", "أضف تعليقا", "Laisser un commentaire", "اترك رداً"),
                "لن يتم نشر عنوان بريدك الإلكتروني." + r.Pick(" الحقول الإلزامية مشار إليها بـ *", ""),
                r.Pick("التعليق", "الاسم *"), r.Pick("إرسال التعليق", "أرسل", "Publier le commentaire")],
            4 => [r.Pick("الآراء الواردة في التعليقات تعبر عن أصحابها", "التعليقات المنشورة لا تعبر عن رأي الموقع", "Les commentaires n'engagent que leurs auteurs")
                + r.Pick(".", "", " ولا تعبر بالضرورة عن رأي " + site.Name + ".")],
            5 => [r.Pick("للإعلان", "للتواصل", "لإعلاناتكم") + r.Pick(": ", " اتصل على ") + r.Number(r.Between(20000000, 99999999)) + r.Pick("", " | " + site.Host)],
            6 => [r.Pick("ظهرت المقالة " + r.Pick("الأصلية ", ""), "ظهر المقال " + r.Pick("الأصلي ", "")) + r.Pick("أولاً على ", "أولا في ") + site.Name + "."],
            _ => [r.Pick("جميع المواد المنشورة محمية بموجب حقوق الملكية", "المحتوى محمي بموجب حقوق الملكية", "لا يجوز نقل المحتوى دون ذكر المصدر") + r.Pick(".", " ©" + year)],
        };
        return new NoisePiece(NoiseKind.Footer, [.. lines.Select(l => r.Scuff(l))]);
    }

    // The banner a search engine's cached copy puts above the page.
    public static NoisePiece CacheBanner(DressingRandom r, SixthSite site, DateOnly date)
    {
        var url = site.Link(r);
        var lines = new List<string> { r.Pick("هذه هي النسخة المخبأة من ", "هذه نسخة مخزنة من ", "This is Google's cache of ") + url };
        lines.Add(r.Pick("وهي لقطة للصفحة كما ظهرت في ", "It is a snapshot of the page as it appeared on ", "لقطة للصفحة بتاريخ ") + SixthDates.Written(r, site, date) + ".");
        if (r.Chance(0.6))
        {
            lines.Add(r.Pick("النسخة الكاملة", "Full version") + r.Pick(" | ", "  ") + r.Pick("النسخة النصية فقط", "Text-only version") + r.Pick(" | عرض المصدر", " View source", ""));
        }
        return new NoisePiece(NoiseKind.Footer, [.. lines.Select(l => l == lines[0] ? l : r.Scuff(l))]);
    }

    public static NoisePiece Tags(DressingRandom r, SixthSite site, string? title)
    {
        var words = TitleWords(title).Distinct().ToList();
        string Word() => words.Count > 0 && r.Chance(0.5) ? r.Pick<string>(words) : r.Pick(SixthWords.HashWords);
        var list = Enumerable.Range(0, r.Between(2, 6)).Select(_ => Word()).Distinct().ToList();
        var line = r.Next(6) switch
        {
            0 => SixthWords.Say(r, site, r.Pick("الوسوم", "الكلمات المفتاحية", "كلمات دلالية", "وسوم"), r.Pick("Tags", "Mots-clés")) + r.Pick(": ", " : ", " ")
                + string.Join(r.Pick("، ", " ، ", ", ", " | ", " - "), list),
            1 => r.Pick("التصنيفات", "التصنيف", "القسم", "Catégorie") + r.Pick(": ", " : ") + string.Join(r.Pick("، ", ", "), Enumerable.Range(0, r.Between(1, 3)).Select(_ => r.Pick(SixthWords.Sections)).Distinct()),
            2 => string.Join(r.Pick(" ", "  ", " ‎"), list.Select(w => "#" + w.Replace(' ', '_'))),
            3 => SixthWords.Say(r, site, r.Pick("الرئيسية", "الصفحة الرئيسية"), "Accueil") + string.Concat(Enumerable.Range(0, r.Between(1, 3))
                .Select(_ => r.Pick(" » ", " › ", " / ", " > ", " ← ") + r.Pick(SixthWords.Sections))),
            4 => r.Pick(SixthWords.Sections),
            _ => "🏷 " + string.Join(" ", list.Select(w => "#" + w.Replace(' ', '_'))),
        };
        return new NoisePiece(NoiseKind.Tags, [r.Scuff(line)]);
    }

    // A hashtag run written straight after the last sentence, as page posts end.
    public static NoisePiece GluedHashtags(DressingRandom r, string? title)
    {
        var words = TitleWords(title).ToList();
        var tags = Enumerable.Range(0, r.Between(2, 5)).Select(_ => "#" + (words.Count > 0 && r.Chance(0.5) ? r.Pick<string>(words) : r.Pick(SixthWords.HashWords))).Distinct();
        return new NoisePiece(NoiseKind.Tags, [string.Join(" ", tags)], Glued: true);
    }

    // A title's words as a hashtag holds them: letters and digits only, so that quotes and
    // colons round a word never make a broken tag.
    private static List<string> TitleWords(string? title) =>
        [.. (title ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => string.Concat(w.Where(char.IsLetterOrDigit))).Where(w => w.Length >= 4 && char.IsLetter(w[0]))];
}
