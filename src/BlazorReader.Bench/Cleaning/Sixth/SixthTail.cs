namespace BlazorReader.Bench.Cleaning.Sixth;

// What closes a copied story: where it came from (credits), who signed it off (signatures,
// agency sign-off codes, writers' addresses) and the link back to the original.
internal static class SixthTail
{
    private static readonly string[] Sources =
        ["وكالات", "رويترز", "الأناضول", "فرانس برس", "سكاي نيوز عربية", "الجزيرة نت", "BBC عربي", "روسيا اليوم", "مواقع إلكترونية", "صحف", "Le Monde", "AFP"];

    public static NoisePiece Credit(DressingRandom r, SixthSite site)
    {
        var name = r.Pick(site.Agency, r.Pick(Sources), r.Pick(DressingPools.Papers), r.Pick(r.Pick(SixthRegion.All).NameHeads) + " " + r.Pick("نيوز", "24", "الإخبارية"));
        var line = r.Next(7) switch
        {
            0 => r.Pick("المصدر", "المصدر", "مصدر الخبر", "📰 المصدر") + r.Pick(":", " :", ": ", " : ", " - ", "  :  ") + SixthWords.Quoted(r, name),
            1 => r.Pick("Source", "Source ", "Sources") + r.Pick(": ", " : ") + name,
            2 => r.Pick("نقلا عن ", "نقلاً عن ", "بتصرف عن ", "عن ", "ترجمة عن ") + SixthWords.Quoted(r, name),
            3 => "(" + name + ")",
            4 => r.Pick("- ", "— ") + name,
            5 => r.Pick("المصدر", "المصادر") + ":" + name,
            _ => r.Pick("بحسب ", "حسب ما أورده ", "وفق ") + r.Pick("موقع ", "صحيفة ", "وكالة ") + SixthWords.Quoted(r, name),
        };
        return new NoisePiece(NoiseKind.Credit, [r.Scuff(line)]) { Credit = name };
    }

    public static NoisePiece GluedCredit(DressingRandom r, SixthSite site)
    {
        var name = r.Chance(0.6) ? site.Agency : r.Pick(DressingPools.Agencies);
        return new NoisePiece(NoiseKind.Credit, [r.Pick("(" + name + ")", "- " + name, "(" + name + ").", "/" + name + "/")], Glued: true) { Credit = name };
    }

    public static NoisePiece Signature(DressingRandom r, SixthSite site)
    {
        string Initials() => string.Join(r.Pick(" ", ""), Enumerable.Range(0, r.Between(1, 3)).Select(_ => r.Pick("ع", "م", "ح", "ز", "ن", "س", "ر", "ت", "ب", "ل") + r.Pick(" ", ".", "") + r.Pick("ع", "م", "ح", "أ", "ش")));
        List<string> lines = r.Next(8) switch
        {
            0 => [r.Pick("", "للتواصل: ", "✉ ", "E-mail: ") + r.Letters(r.Between(4, 9), "abcdefghijklmnopqrstuvwxyz") + r.Pick("", ".", "_") + r.Letters(r.Between(0, 6), "abcdefghijklmnopqrstuvwxyz0123456789") + "@" + site.Host.Replace("www.", "", StringComparison.Ordinal)],
            1 => [r.Pick("تويتر: ", "", "على تويتر ", "Twitter: ") + "@" + r.Letters(r.Between(5, 12), "abcdefghijklmnopqrstuvwxyz_0123456789")],
            2 => [r.Pick("انتهى", "/انتهى/", "(انتهى)", "-انتهى-", "- انتهى -", "ا.هـ")],
            3 => [r.Pick("(النهاية)", "النهاية", "(ت.ع)") + r.Pick(" ", "  ") + Initials()],
            4 => [site.Agency + "/" + Initials() + r.Pick("", "/" + Initials())],
            5 => [r.Pick("Fin", "FIN", "— Fin —", "-30-", "###")],
            6 => [SixthWords.Person(r, site), r.Pick("كاتب وصحافي", "أستاذ جامعي", "محلل سياسي", "كاتب من " + site.City, "Journaliste")],
            _ => [r.Pick("— ", "- ", "") + r.Pick("فريق التحرير", "المحرر", "التحرير", "القسم الاقتصادي") + r.Pick("", " / " + Initials())],
        };
        return new NoisePiece(NoiseKind.Signature, [.. lines.Select(l => r.Scuff(l))]);
    }

    public static NoisePiece GluedSignature(DressingRandom r) =>
        new(NoiseKind.Signature, [r.Pick("/انتهى/", "(انتهى)", "- انتهى", "انتهى", "(النهاية)", "— Fin")], Glued: true);

    public static NoisePiece MoreLink(DressingRandom r, SixthSite site)
    {
        var url = site.Link(r);
        var label = r.Next(8) switch
        {
            0 => r.Pick("رابط الخبر", "رابط المقال", "الرابط المختصر", "رابط دائم", "Lien") + r.Pick(": ", " : ", " ", ":") + "URL",
            1 => r.Pick("لمزيد من التفاصيل ", "للمزيد ", "لقراءة الخبر كاملا ", "للتفاصيل ") + r.Pick("اضغط هنا", "إضغط هنا", "انقر هنا", "اضغط على الرابط"),
            2 => r.Pick("اضغط هنا لقراءة ", "إضغط هنا لمتابعة ") + r.Pick("الخبر كاملا", "التفاصيل", "المزيد"),
            3 => r.Pick("Lire la suite", "Lire la suite »", "Read more", "اقرأ المزيد ←", "تابع القراءة ←", "المزيد ..."),
            4 => r.Pick("التفاصيل ⬅️ ", "👈 التفاصيل: ", "🔗 ", "التفاصيل عبر الرابط التالي: ") + "URL",
            5 => r.Pick("تابع التفاصيل على موقع ", "اقرأ الخبر كاملا على ", "المقال الأصلي على ") + site.Name,
            6 => "URL",
            _ => r.Pick("مصدر المقال: ", "المقال الأصلي: ", "Original: ", "عرض المقال الأصلي ") + "URL",
        };
        if (!label.Contains("URL", StringComparison.Ordinal))
        {
            return new NoisePiece(NoiseKind.MoreLink, [r.Scuff(label)]);
        }
        var parts = SixthLinks.Break(r, url);
        // The link may start on the label's line or on the next one.
        var lines = r.Chance(0.7) || label == "URL"
            ? [label.Replace("URL", parts[0], StringComparison.Ordinal), .. parts.Skip(1)]
            : new List<string> { label.Replace("URL", "", StringComparison.Ordinal).TrimEnd() }.Concat(parts).ToList();
        return new NoisePiece(NoiseKind.MoreLink, lines);
    }

    public static NoisePiece GluedMoreLink(DressingRandom r, SixthSite site) =>
        new(NoiseKind.MoreLink, [r.Pick("...المزيد", "… المزيد", "[…]", "اقرأ المزيد", "(التفاصيل)", "Lire la suite »", "..اضغط هنا", "... " + SixthWords.Say(r, site, "التفاصيل", "Suite"))], Glued: true);
}
