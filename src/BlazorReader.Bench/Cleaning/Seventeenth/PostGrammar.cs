namespace BlazorReader.Bench.Cleaning.Seventeenth;

// The parts of an embedded post: who posted it, the handle, the address, a few words of
// English for posts written in it, hashtags added to an Arabic sentence, and the card's own
// furniture (translate, views, replies and likes, a readers' note).
internal static class PostGrammar
{
    private static readonly string[] HandleHeads = ["Saudi", "KSA", "Riyadh", "Jeddah", "Gov", "News", "Sport", "Health", "Ahmed", "Fahad", "Noura", "Sara", "Info", "Media", "Makkah", "Dammam"];

    private static readonly string[] HandleTails = ["", "_", "1", "24", "SA", "Ar", "News", "_ar", "_KSA", "Now", "Official"];

    private static readonly string[] Orgs = ["وزارة الصحة", "الدفاع المدني", "المرور السعودي", "هيئة الهلال الأحمر", "الأرصاد وحماية البيئة", "أمانة جدة", "نادي الهلال", "وزارة التعليم"];

    public static string Handle(DressingRandom r) =>
        r.Pick(HandleHeads) + r.Pick(HandleTails) + (r.Chance(0.25) ? r.Letters(r.Between(1, 3), "0123456789") : "");

    public static string Author(DressingRandom r) => r.Next(10) switch
    {
        < 5 => DressingPools.PersonName(r),
        < 8 => r.Pick(Orgs),
        _ => r.Pick(DressingPools.LatinFirst) + " " + r.Pick(DressingPools.LatinLast),
    };

    public static string Url(string handle, DressingRandom r)
    {
        var id = "6" + r.Letters(17, "0123456789");
        return r.Next(7) switch
        {
            0 => $"https://twitter.com/{handle}/status/{id}",
            1 => $"twitter.com/{handle}/status/{id}",
            2 => $"https://mobile.twitter.com/{handle}/status/{id}",
            3 => "https://t.co/" + r.Letters(10),
            4 => "pic.twitter.com/" + r.Letters(10),
            5 => $"https://x.com/{handle}/status/{id}",
            _ => "http://t.co/" + r.Letters(10),
        };
    }

    public static string English(DressingRandom r) => r.Next(6) switch
    {
        0 => $"Proud to announce the opening of {r.Pick("the new health centre", "our new branch", "the children's wing")}{Place(r)}.",
        1 => $"Deeply saddened by the loss of {r.Pick("our colleague", "a dear friend", "a great teacher")}. May he rest in peace.",
        2 => $"Great meeting today with {r.Pick("our partners", "the ministry's team", "students and teachers")}{Place(r)}.",
        3 => $"Congratulations to {r.Pick("the team", "all graduates", "our players")} on {r.Pick("a remarkable season", "this achievement", "a well-deserved win")}!",
        4 => $"Important update: {r.Pick("the event is postponed", "registration closes tomorrow", "the road will reopen on Sunday")}{Place(r)}.",
        _ => $"Thank you all for {r.Pick("your support", "coming today", "the kind messages")} 🙏",
    } + r.Pick("", "", " #KSA", " #Riyadh", " #Saudi");

    private static string Place(DressingRandom r) => r.Pick(" in Riyadh", " in Jeddah", "", " today", " this week");

    // Hashtags or a mention after the sentence, or the sentence over two lines.
    public static string Decorate(string sentence, DressingRandom r) => r.Next(6) switch
    {
        0 => sentence + " " + r.Pick("#عاجل", "#السعودية", "#الرياض", "#جدة", "#نجران", "#الهلال"),
        1 => sentence + "\n" + r.Pick("#عاجل", "#السعودية", "#الرياض") + " " + r.Pick("#أخبار", "#متابعات", "#تحديث"),
        2 when sentence.IndexOf(' ', sentence.Length / 2) > 0 => TwoLines(sentence),
        3 => "@" + Handle(r) + " " + sentence,
        _ => sentence,
    };

    private static string TwoLines(string sentence)
    {
        var cut = sentence.IndexOf(' ', sentence.Length / 2);
        return sentence[..cut] + "\n" + sentence[(cut + 1)..];
    }

    public static IEnumerable<Segment> CardFurniture(bool english, DressingRandom r)
    {
        if (r.Chance(english ? 0.7 : 0.25))
        {
            yield return Segment.Furniture(NoiseKind.Share, r.Pick("عرض الترجمة", "ترجمة المنشور", "Translate post", "ترجمة التغريدة من الإنجليزية", "عرض الأصل"));
        }
        if (r.Chance(0.4))
        {
            var views = r.Between(2, 980);
            yield return Segment.Furniture(NoiseKind.Counter, r.Next(3) switch
            {
                0 => Stamps.Digits(Stamps.N(views) + "." + Stamps.N(r.Between(1, 9)), r) + r.Pick(" ألف مشاهدة", " ألف مشاهدات"),
                1 => Stamps.N(views) + "." + Stamps.N(r.Between(1, 9)) + "K Views",
                _ => r.Pick("مشاهدات: ", "المشاهدات ") + r.Number(views * 100 + r.Between(0, 99)),
            });
        }
        if (r.Chance(0.3))
        {
            yield return Segment.Furniture(NoiseKind.Counter, string.Join(r.Pick("  ", " · ", " | "), [
                r.Number(r.Between(0, 400)) + " رد", r.Number(r.Between(0, 3000)) + r.Pick(" إعادة نشر", " مشاركة"), r.Number(r.Between(1, 20000)) + " إعجاب"]));
        }
        if (r.Chance(0.1))
        {
            yield return Segment.Furniture(NoiseKind.Caption, r.Pick("ملاحظات المجتمع", "أضاف القراء سياقًا", "Readers added context"),
                r.Pick("أضاف القراء سياقًا يرون أن الآخرين قد يرغبون في معرفته", "الصورة المتداولة قديمة ونُشرت في عام سابق", "هذا المقطع لا يتعلق بالحدث المذكور"));
        }
    }
}
