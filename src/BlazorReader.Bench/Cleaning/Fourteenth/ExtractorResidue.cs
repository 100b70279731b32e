namespace BlazorReader.Bench.Cleaning.Fourteenth;

// What a text extractor leaves of a news page when it keeps every text node: the page's
// <title> with the site's name, its meta description (the lead printed again), ad slots'
// labels, images' alt texts (the platform's automatic ones too) and file names, figure
// numbers, lazy-load placeholders, and captions with entities or JSON escapes undecoded.
// Everything that stood for a picture or a slot is a Caption.
internal static class ExtractorResidue
{
    private static readonly string[] Events = ["الاجتماع", "الحفل", "ورشة العمل", "الجولة التفقدية", "المؤتمر الصحفي", "الفعالية", "توقيع الاتفاقية", "اللقاء", "الزيارة", "حفل التخريج"];

    private static readonly string[] Roles = ["المسؤول", "الوزير", "مدير عام الفرع", "رئيس اللجنة", "المحافظ", "الأمين العام", "المتحدث الرسمي"];

    private static readonly string[] Seen = ["شخص واحد", "شخصان", "٣ أشخاص", "أشخاص يقفون", "أشخاص يجلسون", "نص", "منظر داخلي", "منظر خارجي", "سماء", "طاولة", "حشد", "لقطة شاشة", "سيارة", "مبنى", "بدلة"];

    private static readonly string[] SeenLatin = ["1 person", "2 people", "people standing", "text", "crowd", "indoor", "table", "suit", "screenshot"];

    public static void Dress(PageDraft page)
    {
        var r = page.R;
        if (r.Chance(0.45))
        {
            page.Top(PageRun.Chrome(NoiseKind.Headline, SiteTitle(page)));
        }
        if (r.Chance(0.3))
        {
            page.Head(PageRun.Chrome(NoiseKind.Repeat, Description(page)));
        }
        if (r.Chance(0.35))
        {
            page.Head(PageRun.Chrome(NoiseKind.Caption, r.Chance(0.5) ? AltText(r) : FileName(r)));
        }
        // A site labels all its ad slots alike.
        var slots = r.Pick(0, 1, 1, 2, 3, 5);
        var label = AdSlot(r);
        for (var i = 0; i < slots; i++)
        {
            page.Between(PageRun.Chrome(NoiseKind.Caption, label));
        }
        if (r.Chance(0.4))
        {
            page.Between(PageRun.Chrome(NoiseKind.Caption, r.Pick(Placeholder(r), Figure(r), Encoded(r), AltText(r))));
        }
        if (r.Chance(0.2))
        {
            var (open, close) = r.Pick(("[", "]"), ("(", ")"), ("{", "}"));
            page.GlueInside(PageRun.Glued(NoiseKind.Caption, open + r.Pick("صورة", "image", "صورة: " + Caption(r)) + close), " ");
        }
    }

    public static string Caption(DressingRandom r) => r.Next(4) switch
    {
        0 => "جانب من " + r.Pick(Events),
        1 => r.Pick(Roles) + " " + r.Pick("خلال", "أثناء", "في أثناء") + " " + r.Pick(Events),
        2 => r.Pick("صورة أرشيفية", "صورة تعبيرية", "من الأرشيف", "صورة من المكان"),
        _ => r.Pick(Roles) + " " + r.Pick("يتحدث إلى", "يستقبل", "يكرّم") + " " + r.Pick("الحضور", "الوفد", "المشاركين", "الفائزين"),
    } + (r.Chance(0.3) ? " " + r.Pick("(تصوير: ", "- تصوير ", "/ عدسة ") + DressingPools.PersonName(r) + (r.Chance(0.5) ? ")" : "") : "");

    private static string SiteTitle(PageDraft page)
    {
        var site = Outlets.Paper(page.R);
        return page.R.Next(4) switch
        {
            0 => page.Title + " | " + site,
            1 => page.Title + " - " + site,
            2 => site + ": " + page.Title,
            _ => page.Title + " – " + site + " " + page.R.Pick("نت", "الإلكترونية", "| أخبار محلية"),
        };
    }

    // og:description: the lead, whole or cut at a word with an ellipsis.
    private static string Description(PageDraft page)
    {
        var lead = TextReferee.Lines(page.Article.Text)[0];
        var cut = lead.Length > 170 ? lead.LastIndexOf(' ', page.R.Between(110, 160)) : -1;
        return cut > 60 ? lead[..cut] + page.R.Pick("...", "…", " ...") : lead;
    }

    private static string AdSlot(DressingRandom r) => r.Next(9) switch
    {
        0 => "إعلان",
        1 => r.Pick("- ", "— ", "——— ") + "إعلان" + r.Pick(" -", " —", " ———"),
        2 => r.Pick("Advertisement", "ADVERTISEMENT", "Sponsored"),
        3 => Ink.Stretch("إعلان", r),
        4 => r.Pick("مساحة إعلانية", "محتوى إعلاني", "إعلانات Google"),
        5 => "Advertisement - " + r.Pick("Continue Reading Below", "Scroll to continue"),
        6 => "إعلان" + r.Separator("-", "|") + r.Pick("تابع القراءة بالأسفل", "يتواصل الخبر أدناه", "Advertisement"),
        7 => "[" + r.Pick("ad", "إعلان", "AD") + "]",
        _ => r.Pick("الإعلان", "إعلان ممول", "مساحة إعلانية - Ad"),
    };

    private static string AltText(DressingRandom r)
    {
        if (r.Chance(0.25))
        {
            var latin = Enumerable.Range(0, r.Between(1, 3)).Select(_ => r.Pick(SeenLatin)).Distinct().ToList();
            return r.Chance(0.2) ? "No photo description available." : "May be an image of " + string.Join(" and ", latin);
        }
        if (r.Chance(0.15))
        {
            return "لا يتوفر وصف للصورة.";
        }
        var seen = Enumerable.Range(0, r.Between(1, 3)).Select(_ => r.Pick(Seen)).Distinct().Select(s => r.Chance(0.5) ? "\u200F" + s + "\u200F" : s);
        return r.Pick("قد تكون صورة لـ ", "قد تكون صورة ‏", "ربما تحتوي الصورة على: ") + string.Join(r.Pick(" و", "، ", " و\u200F"), seen);
    }

    private static string FileName(DressingRandom r) => r.Next(4) switch
    {
        0 => "IMG_" + r.Between(2014, 2015) + r.Between(10, 12) + r.Between(10, 28) + "_" + r.Between(100000, 235959) + r.Pick(".jpg", ".JPG", ".jpeg"),
        1 => "DSC_" + r.Between(1000, 9999) + r.Pick(".JPG", ".jpg"),
        2 => Outlets.Slug(r) + "-" + r.Between(1, 40) + r.Pick(".jpg", ".png", ".webp"),
        _ => "صورة-" + r.Pick("الخبر", "رئيسية", "المقال") + "-" + r.Between(1, 9) + ".jpg",
    };

    private static string Figure(DressingRandom r)
    {
        var n = r.Number(r.Between(1, 6));
        return r.Next(4) switch
        {
            0 => r.Pick("الشكل (", "صورة رقم (", "(") + n + r.Pick("): ", ") ", ") - "),
            1 => r.Pick("الصورة ", "شكل ", "صورة ") + n + r.Pick(": ", " - ", " | "),
            2 => "Fig. " + n + r.Pick(": ", " "),
            _ => r.Pick("الصورة ", "") + n + " من " + r.Number(r.Between(6, 9)) + r.Pick(": ", " - "),
        } + Caption(r);
    }

    private static string Placeholder(DressingRandom r) =>
        r.Pick("جارٍ التحميل...", "جاري التحميل ...", "Loading...", "[image]", "[صورة]", "[فيديو]", "يتعذر عرض هذا المحتوى", "انقر لتحميل الصورة", "الصورة قيد التحميل…");

    // A caption the extractor read from the page source and never decoded.
    private static string Encoded(DressingRandom r) => r.Next(3) switch
    {
        0 => Ink.Undecoded(r.Pick("صورة: ", "«") + Caption(r) + r.Pick("", "»"), r),
        1 => "\"caption\":\"" + Ink.Escaped(Caption(r)) + "\"",
        _ => Caption(r) + "\\n" + r.Pick("تصوير: ", "المصدر: ") + DressingPools.PersonName(r) + r.Pick("", "\\n"),
    };
}
