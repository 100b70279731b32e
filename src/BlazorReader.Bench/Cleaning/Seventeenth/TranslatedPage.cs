namespace BlazorReader.Bench.Cleaning.Seventeenth;

// A page run through a browser's translator and copied with the original kept: each line of
// the site's chrome followed by its English or French rendering, the bar that says the page
// was translated above it all. The story itself was copied from the original side only.
internal static class TranslatedPage
{
    public static void Dress(PageDraft page, DressingRandom r)
    {
        var french = r.Chance(0.3);
        string Say(string english, string inFrench) => french ? inFrench : english;
        var author = DressingPools.PersonName(r);
        var date = Stamps.Arabic(page.When, r);
        var views = r.Between(80, 60000);

        page.Head.Add(Segment.Furniture(NoiseKind.Share, r.Pick(
            Say("Translated from Arabic · Show original", "Traduit de l'arabe · Afficher l'original"),
            "تمت ترجمة هذه الصفحة" + r.Pick(" — ", " | ") + Say("Show original", "Afficher l'original"),
            Say("Original: Arabic | Translation: English | Options ▾", "Original : arabe | Traduction : français | Options ▾"))));
        var menu = Marks.Some(Menu, 3, 6, r);
        page.Head.Add(Pair(NoiseKind.Tags, string.Join(" | ", menu.Select(m => m.Ar)), string.Join(" | ", menu.Select(m => french ? m.Fr : m.En)), r));
        if (r.Chance(0.6))
        {
            page.Head.Add(Pair(NoiseKind.Byline, r.Pick("بقلم: ", "كتب: ", "بقلم ") + author, Say("By: ", "Par : ") + author, r));
        }
        page.Head.Add(Pair(NoiseKind.Dateline, r.Pick("نشر في ", "تاريخ النشر: ", "آخر تحديث: ") + date, Say("Published on " + Stamps.English(page.When, r), "Publié le " + Stamps.French(page.When)), r));
        if (r.Chance(0.4))
        {
            var agency = r.Pick(DressingPools.LatinAgencies);
            var line = r.Pick("الصورة: ", "تصوير: ", "(صورة: ") + agency + (r.Chance(0.3) ? ")" : "");
            page.Inside(r).Add(new Segment([line, Say("Photo: ", "Photo : ") + agency], Piece: new NoisePiece(NoiseKind.Credit, [line, Say("Photo: ", "Photo : ") + agency]) { Credit = agency }));
        }
        if (r.Chance(0.5) && page.Others.Title(r) is { } also)
        {
            var lines = new[] { r.Pick("اقرأ أيضاً:", "اقرأ أيضا", "إقرأ أيضاً ..."), Say("Read also:", "Lire aussi :"), also };
            page.Inside(r).Add(Segment.Furniture(NoiseKind.ReadAlso, lines, [also]));
        }
        var tail = new List<Segment>
        {
            Pair(NoiseKind.Share, r.Pick("شارك المقال", "شارك عبر:", "مشاركة الخبر"), Say("Share the article", "Partager l'article"), r),
            Pair(NoiseKind.Counter, r.Pick("عدد المشاهدات: ", "المشاهدات ") + r.Number(views), Say("Views: ", "Vues : ") + Stamps.N(views), r),
        };
        if (r.Chance(0.5))
        {
            var words = string.Join("، ", Marks.Some(page.TitleWords, 2, 4, r));
            tail.Add(Pair(NoiseKind.Tags, "الكلمات الدلالية: " + words, Say("Keywords: ", "Mots-clés : ") + words, r));
        }
        if (r.Chance(0.4))
        {
            var count = r.Between(0, 40);
            tail.Add(Pair(NoiseKind.Counter, "التعليقات (" + r.Number(count) + ")", Say("Comments (", "Commentaires (") + Stamps.N(count) + ")", r));
        }
        tail.Add(Pair(NoiseKind.Footer, r.Pick("جميع الحقوق محفوظة", "جميع الحقوق محفوظة للصحيفة ©", "© حقوق النشر محفوظة"), Say("All rights reserved", "Tous droits réservés"), r));
        page.Tail.AddRange(tail.OrderBy(_ => r.Next(10)));
    }

    // The Arabic line, then its rendering: on the next line, or after it on the same line.
    private static Segment Pair(NoiseKind kind, string arabic, string translated, DressingRandom r)
    {
        string[] lines = r.Chance(0.75) ? [Marks.Stretch(arabic, r), translated] : [arabic + r.Pick(" / ", "  ", " — ") + translated];
        return Segment.Furniture(kind, lines);
    }

    private static readonly (string Ar, string En, string Fr)[] Menu =
    [
        ("الرئيسية", "Home", "Accueil"), ("محليات", "Local", "Local"), ("اقتصاد", "Economy", "Économie"), ("رياضة", "Sports", "Sport"),
        ("دوليات", "International", "International"), ("ثقافة", "Culture", "Culture"), ("منوعات", "Miscellaneous", "Divers"),
        ("كتاب الرأي", "Opinion writers", "Chroniqueurs"), ("فيديو", "Video", "Vidéo"), ("عاجل", "Urgent", "Urgent"),
    ];
}
