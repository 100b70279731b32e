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
        var head = Ink.Stretch(r, p.Pick("وفيات", "وفيات اليوم", "تعازي", "نعي", "انتقل إلى رحمة الله"));
        var line = p.Pick("انتقل إلى رحمة الله تعالى ", "توفي ", "انتقلت إلى رحمة الله ") + p.Pick("الحاج ", "المرحوم ", "السيدة ", "") + DressingPools.PersonName(r)
            + p.Pick(" عن عمر ناهز ", " عن ") + p.Num(r.Between(55, 96)) + p.Pick(" عاماً", " سنة")
            + p.Pick("، وتقبل التعازي في ", "، والعزاء في ", ". تقبل التعازي بـ") + p.Pick("ديوان العائلة في ", "منزل الفقيد في ", "قاعة الأفراح بـ", "جامع الرحمة في ") + p.City() + ".";
        var lines = new List<string> { head, line };
        if (r.Chance(0.4))
        {
            lines.Add(r.Chance(0.5) ? p.Pick("إنا لله وإنا إليه راجعون", "رحمه الله وأسكنه فسيح جناته") : p.Pick("للتعزية: ", "لنشر نعي اتصل على ") + Phone(p));
        }
        return Page.Piece(NoiseKind.Footer, lines);
    }

    private static NoisePiece Horoscope(Page p)
    {
        var r = p.R;
        var sign = p.Pick("الحمل", "الثور", "الجوزاء", "السرطان", "الأسد", "العذراء", "الميزان", "العقرب", "القوس", "الجدي", "الدلو", "الحوت");
        return Page.Piece(NoiseKind.Footer,
            p.Pick("حظك اليوم", "الأبراج", "برجك اليوم", "Horoscope du jour") + p.Pick("", " " + p.Date()),
            p.Pick("برج ", "✦ ", "") + sign + p.Pick(": ", " - ", " | ") + p.Pick("مهنياً: ", "عاطفياً: ", "صحياً: ", "") + p.Pick("يوم مناسب لبدء مشروع جديد", "تجنب القرارات المتسرعة", "فرصة للتقارب مع شريك حياتك", "انتبه لنظامك الغذائي") + ".");
    }

    private static NoisePiece Weather(Page p)
    {
        var r = p.R;
        var (low, high) = (r.Between(5, 24), r.Between(25, 46));
        var lines = new List<string>
        {
            (r.Chance(0.5) ? p.Pick("الطقس اليوم في ", "طقس ", "الأرصاد: ", "Météo ") + p.City() : p.Pick("طقس اليوم", "حالة الطقس", "الطقس غداً")) + p.Pick(" ☀️", " ⛅", " 🌧", ""),
            p.Pick("العظمى ", "الكبرى ") + p.Num(high) + "°" + p.Pick(" | ", " - ", "  ") + p.Pick("الصغرى ", "الدنيا ") + p.Num(low) + "°",
        };
        if (r.Chance(0.5))
        {
            lines.Add(r.Chance(0.5) ? p.Pick("الرطوبة ", "الرطوبة: ", "Humidité ") + p.Num(r.Between(10, 90)) + p.Pick("%", " %") : p.Pick("الرياح ", "سرعة الرياح: ") + p.Num(r.Between(5, 60)) + " كم/س");
        }
        return Page.Piece(NoiseKind.Footer, lines);
    }

    private static NoisePiece Classified(Page p)
    {
        var r = p.R;
        var jobs = r.Chance(0.5);
        var head = jobs ? p.Pick("وظائف شاغرة", "فرص عمل", "مطلوب للعمل", "Offres d'emploi") : p.Pick("عقارات للبيع", "إعلانات مبوبة", "للبيع والإيجار", "Immobilier");
        var ad = jobs
            ? p.Pick("مطلوب ", "تعلن شركة كبرى عن حاجتها إلى ") + p.Pick("محاسب", "سائق", "مهندس مدني", "مندوب مبيعات", "معلمة") + p.Pick(" بخبرة لا تقل عن ", " خبرة ") + p.Num(r.Between(1, 6)) + " سنوات"
            : p.Pick("شقة ", "فيلا ", "أرض ", "محل تجاري ") + p.Pick("للبيع ", "للإيجار ") + p.Pick("في ", "بحي ") + p.City() + " " + p.Num(r.Between(80, 600)) + p.Pick(" م²", " متر مربع", " م2");
        return Page.Piece(NoiseKind.Footer, head, ad + p.Pick("، للتواصل: ", " - هاتف ", " ☎ ") + Phone(p));
    }

    private static NoisePiece Tickets(Page p)
    {
        var r = p.R;
        var lines = new List<string>
        {
            p.Pick("🎟 ", "🎫 ", "") + p.Pick("احجز تذكرتك", "احجز مقعدك", "Billetterie", "التذاكر متوفرة الآن"),
            p.Pick("مهرجان ", "حفل ", "معرض ", "Festival ") + p.Pick("الربيع", "الموسيقى الأندلسية", "الكتاب", "الفنون الشعبية") + p.Pick(" · ", " | ", " - ") + p.Date() + p.Pick(" · ", " | ") + p.City(),
        };
        if (r.Chance(0.6))
        {
            lines.Add(p.Pick("ابتداءً من ", "السعر: ", "À partir de ") + p.Num(r.Between(5, 400)) + p.Pick(" درهم", " دينار", " جنيه", " ريال", " ليرة", " DH", " DT"));
        }
        return Page.Piece(NoiseKind.Footer, lines);
    }

    private static NoisePiece Dua(Page p)
    {
        var r = p.R;
        var lines = new List<string>
        {
            Ink.Stretch(r, p.Pick("دعاء اليوم", "أدعية", "ورد اليوم", "دعاء")) + p.Pick("", " 🤲", " ✨"),
            p.Pick("اللهم ", "يا رب ") + p.Pick("اجعل هذا اليوم بداية خير", "ارزقنا الرضا والسكينة", "اغفر لنا ولوالدينا", "بارك لنا في أوقاتنا") + p.Pick(".", "", " آمين."),
        };
        if (r.Chance(0.6))
        {
            lines.Add(p.Pick("🤲 آمين", "آمين", "شارك الدعاء", "انشر تؤجر") + p.Pick("", " (" + Ink.Count(r, p.Region) + ")"));
        }
        return Page.Piece(NoiseKind.Footer, lines);
    }

    private static NoisePiece Newsletter(Page p)
    {
        var r = p.R;
        return Page.Piece(NoiseKind.Share,
            p.Pick("اشترك في نشرتنا البريدية", "النشرة الإخبارية", "Newsletter", "اشترك ليصلك ملخص الأخبار يومياً"),
            p.Pick("بريدك الإلكتروني", "أدخل بريدك الإلكتروني", "Votre e-mail") + p.Pick(" | اشترك", "  إرسال", " → S'inscrire", ""));
    }

    private static string Phone(Page p) =>
        Ink.Digits(p.R, p.Pick("06", "07", "05", "+216 ", "+20 1", "+964 7", "+962 7", "+961 3", "+970 59", "+968 9", "+973 3", "+974 5") + p.R.Letters(7, "0123456789"), p.Region);
}
