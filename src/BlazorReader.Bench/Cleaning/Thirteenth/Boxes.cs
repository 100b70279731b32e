namespace BlazorReader.Bench.Cleaning.Thirteenth;

// A paper's side boxes that a flattened page runs into the story: condolences and deaths,
// the day's horoscope and weather, job and property classifieds, an event's ticket box, a
// dua of the day (a site's box, unlike a verse the story itself quotes), a newsletter form.
internal static class Boxes
{
    public static NoisePiece Draw(Page p) => p.R.Next(7) switch
    {
        0 => Obituary(p),
        1 => Horoscope(p),
        2 => Weather(p),
        3 => Classified(p),
        4 => Tickets(p),
        5 => Dua(p),
        _ => Newsletter(p),
    };

    private static NoisePiece Obituary(Page p)
    {
        var r = p.R;
        var head = Ink.Stretch(r, r.Pick("وفيات", "وفيات اليوم", "تعازي", "نعي", "انتقل إلى رحمة الله"));
        var line = r.Pick("انتقل إلى رحمة الله تعالى ", "توفي ", "انتقلت إلى رحمة الله ") + r.Pick("الحاج ", "المرحوم ", "السيدة ", "") + DressingPools.PersonName(r)
            + r.Pick(" عن عمر ناهز ", " عن ") + p.Num(r.Between(55, 96)) + r.Pick(" عاماً", " سنة")
            + r.Pick("، وتقبل التعازي في ", "، والعزاء في ", ". تقبل التعازي بـ") + r.Pick("ديوان العائلة", "منزل الفقيد", "قاعة ", "جامع ") + p.City() + ".";
        var lines = new List<string> { head, line };
        if (r.Chance(0.4))
        {
            lines.Add(r.Pick("إنا لله وإنا إليه راجعون", "للتعزية: ", "لنشر نعي اتصل على ") + (r.Chance(0.5) ? "" : Phone(p)));
        }
        return Page.Piece(NoiseKind.Footer, lines.Where(l => TextReferee.Normalize(l).Length >= 3));
    }

    private static NoisePiece Horoscope(Page p)
    {
        var r = p.R;
        var sign = r.Pick("الحمل", "الثور", "الجوزاء", "السرطان", "الأسد", "العذراء", "الميزان", "العقرب", "القوس", "الجدي", "الدلو", "الحوت");
        return Page.Piece(NoiseKind.Footer,
            r.Pick("حظك اليوم", "الأبراج", "برجك اليوم", "Horoscope du jour") + r.Pick("", " " + p.Date()),
            r.Pick("برج ", "♈ ", "") + sign + r.Pick(": ", " - ", " | ") + r.Pick("مهنياً: ", "عاطفياً: ", "صحياً: ", "") + r.Pick("يوم مناسب لبدء مشروع جديد", "تجنب القرارات المتسرعة", "فرصة للتقارب مع شريك حياتك", "انتبه لنظامك الغذائي") + ".");
    }

    private static NoisePiece Weather(Page p)
    {
        var r = p.R;
        var (low, high) = (r.Between(5, 24), r.Between(25, 46));
        var lines = new List<string>
        {
            r.Pick("طقس اليوم", "الطقس اليوم في ", "حالة الطقس", "Météo", "الأرصاد: ") + r.Pick(p.City(), "") + r.Pick(" ☀️", " ⛅", " 🌧", ""),
            r.Pick("العظمى ", "الكبرى ") + p.Num(high) + "°" + r.Pick(" | ", " - ", "  ") + r.Pick("الصغرى ", "الدنيا ") + p.Num(low) + "°",
        };
        if (r.Chance(0.5))
        {
            lines.Add(r.Pick("الرطوبة ", "الرياح ", "Humidité ") + p.Num(r.Between(10, 90)) + r.Pick("%", " كم/س", " %"));
        }
        return Page.Piece(NoiseKind.Footer, lines);
    }

    private static NoisePiece Classified(Page p)
    {
        var r = p.R;
        var jobs = r.Chance(0.5);
        var head = jobs ? r.Pick("وظائف شاغرة", "فرص عمل", "مطلوب للعمل", "Offres d'emploi") : r.Pick("عقارات للبيع", "إعلانات مبوبة", "للبيع والإيجار", "Immobilier");
        var ad = jobs
            ? r.Pick("مطلوب ", "تعلن شركة كبرى عن حاجتها إلى ") + r.Pick("محاسب", "سائق", "مهندس مدني", "مندوب مبيعات", "معلمة") + r.Pick(" بخبرة لا تقل عن ", " خبرة ") + p.Num(r.Between(1, 6)) + " سنوات"
            : r.Pick("شقة ", "فيلا ", "أرض ", "محل تجاري ") + r.Pick("للبيع ", "للإيجار ") + r.Pick("في ", "بحي ") + p.City() + " " + p.Num(r.Between(80, 600)) + r.Pick(" م²", " متر مربع", " م2");
        return Page.Piece(NoiseKind.Footer, head, ad + r.Pick("، للتواصل: ", " - هاتف ", " ☎ ") + Phone(p));
    }

    private static NoisePiece Tickets(Page p)
    {
        var r = p.R;
        var lines = new List<string>
        {
            r.Pick("🎟 ", "🎫 ", "") + r.Pick("احجز تذكرتك", "احجز مقعدك", "Billetterie", "التذاكر متوفرة الآن"),
            r.Pick("مهرجان ", "حفل ", "معرض ", "Festival ") + r.Pick("الربيع", "الموسيقى الأندلسية", "الكتاب", "الفنون الشعبية") + r.Pick(" · ", " | ", " - ") + p.Date() + r.Pick(" · ", " | ") + p.City(),
        };
        if (r.Chance(0.6))
        {
            lines.Add(r.Pick("ابتداءً من ", "السعر: ", "À partir de ") + p.Num(r.Between(5, 400)) + r.Pick(" درهم", " دينار", " جنيه", " ريال", " ليرة", " DH", " DT"));
        }
        return Page.Piece(NoiseKind.Footer, lines);
    }

    private static NoisePiece Dua(Page p)
    {
        var r = p.R;
        var lines = new List<string>
        {
            Ink.Stretch(r, r.Pick("دعاء اليوم", "أدعية", "ورد اليوم", "دعاء")) + r.Pick("", " 🤲", " ✨"),
            r.Pick("اللهم ", "يا رب ") + r.Pick("اجعل هذا اليوم بداية خير", "ارزقنا الرضا والسكينة", "اغفر لنا ولوالدينا", "بارك لنا في أوقاتنا") + r.Pick(".", "", " آمين."),
        };
        if (r.Chance(0.6))
        {
            lines.Add(r.Pick("🤲 آمين", "آمين", "شارك الدعاء", "انشر تؤجر") + r.Pick("", " (" + Ink.Count(r, p.Region) + ")"));
        }
        return Page.Piece(NoiseKind.Footer, lines);
    }

    private static NoisePiece Newsletter(Page p)
    {
        var r = p.R;
        return Page.Piece(NoiseKind.Share,
            r.Pick("اشترك في نشرتنا البريدية", "النشرة الإخبارية", "Newsletter", "اشترك ليصلك ملخص الأخبار يومياً"),
            r.Pick("بريدك الإلكتروني", "أدخل بريدك الإلكتروني", "Votre e-mail") + r.Pick(" | اشترك", "  إرسال", " → S'inscrire", ""));
    }

    private static string Phone(Page p) =>
        Ink.Digits(p.R, p.R.Pick("06", "07", "05", "+216 ", "+20 1", "+964 7", "+962 7", "+961 3", "+970 59", "+968 9", "+973 3", "+974 5") + p.R.Letters(7, "0123456789"), p.Region);
}
