namespace BlazorReader.Bench.Cleaning.Twelfth;

// Boxes a page sets beside a story. A summary or key-facts box prints the story's own points
// again, cut short: a reader wants the box gone and every paragraph kept. A timeline lists
// other stories. A fact-check card, a disclosure's or a ruling's boilerplate are the site's.
internal static class Boxes
{
    // «ملخص سريع» / «النقاط الرئيسية»: bullets of the story's own first clauses, sometimes with
    // the note that a machine wrote them.
    public static NoisePiece? Summary(Story s)
    {
        var r = s.R;
        var points = Enumerable.Range(0, s.Own.Count).Select(s.OwnPoint).OfType<string>().Take(r.Between(2, 4)).ToList();
        if (points.Count == 0)
        {
            return null;
        }
        var lines = new List<string> { Ink.Label(r, ["ملخص سريع", "النقاط الرئيسية", "باختصار", "أبرز ما في الخبر", "الخلاصة", "En bref"], ["", ":", " ⚡", " ▾"]) };
        var bullet = Ink.Bullet(r);
        lines.AddRange(points.Select(p => bullet + p + r.Pick("", ".", "…")));
        if (r.Chance(0.5))
        {
            lines.Add(r.Pick("تم إنشاء هذا الملخص بمساعدة الذكاء الاصطناعي وراجعه المحررون", "ملخص آلي قد يحتوي على أخطاء", "هل كان هذا الملخص مفيداً؟ نعم | لا", "Résumé généré par IA"));
        }
        return new NoisePiece(NoiseKind.Repeat, lines);
    }

    // «حقائق سريعة» / «في أرقام»: the story's own clauses that carry a number.
    public static NoisePiece? KeyFacts(Story s)
    {
        var r = s.R;
        var facts = Enumerable.Range(0, s.Own.Count).Select(s.OwnPoint).OfType<string>().Where(p => p.Any(char.IsDigit)).Take(3).ToList();
        if (facts.Count == 0)
        {
            return null;
        }
        var bullet = Ink.Bullet(r);
        return new NoisePiece(NoiseKind.Repeat, [Ink.Label(r, ["حقائق سريعة", "في أرقام", "أرقام وحقائق", "بالأرقام"], ["", ":"]), .. facts.Select(f => bullet + f)]);
    }

    // A fact-check verdict card: the verdict, the platform, sometimes the method; the site's label on the story.
    public static NoisePiece FactCheck(Story s)
    {
        var r = s.R;
        var verdict = r.Pick("صحيح", "مضلل", "زائف", "صحيح جزئياً", "يفتقر إلى السياق", "غير مؤكد");
        var lines = new List<string>
        {
            r.Pick("التحقق", "تحقق", "✔ تحقق من الخبر", "نتيجة التحقق", "Vérification") + Ink.Colon(r) + r.Pick("الحكم", "التصنيف", "التقييم") + Ink.Colon(r) + verdict,
        };
        if (r.Chance(0.6))
        {
            lines.Add(r.Pick("منصة «ميزان» للتحقق", "وحدة الرصد والتحقق", "فريق «تبيّن»") + Ink.Bar(r) + r.Pick("المنهجية", "كيف نتحقق؟", "أرسل ادعاءً للتحقق"));
        }
        return new NoisePiece(NoiseKind.Tags, lines);
    }

    // «تسلسل زمني»: dates and other stories of the same thread, listed as related.
    public static NoisePiece? Timeline(Story s)
    {
        var r = s.R;
        var teasers = s.Teasers(r.Between(2, 4), 0.1);
        if (teasers.Count < 2)
        {
            return null;
        }
        var day = s.Day.AddDays(-r.Between(30, 900));
        var lines = new List<string> { Ink.Label(r, ["تسلسل زمني", "محطات", "خط زمني", "أبرز المحطات", "Chronologie"], ["", ":"]) };
        foreach (var t in teasers)
        {
            lines.Add(r.Chance(0.5) ? Calendar.Arabic(r, day) + r.Separator("-", "|", ":", "–") + t : Calendar.Arabic(r, day));
            if (!lines[^1].EndsWith(t, StringComparison.Ordinal))
            {
                lines.Add(t);
            }
            day = day.AddDays(r.Between(10, 120));
        }
        return new NoisePiece(NoiseKind.Teaser, lines) { Teasers = teasers };
    }

    // An exchange's disclosure page: the ticker and sector (tags) and the standing disclaimer (footer).
    public static (NoisePiece Ticker, NoisePiece Disclaimer) Disclosure(Story s)
    {
        var r = s.R;
        var ticker = r.Pick("رمز السهم", "رمز التداول", "الرمز") + Ink.Colon(r) + Ink.Digits(r, r.Between(1010, 9999)) + Ink.Bar(r) + "القطاع" + Ink.Colon(r) + r.Pick("المواد الأساسية", "البنوك", "الاتصالات", "التأمين", "العقارات");
        var disclaimer = r.Pick(
            "تتحمل الشركة المسؤولية الكاملة عن صحة المعلومات الواردة في هذا الإعلان ودقتها واكتمالها",
            "هذا الإفصاح لأغراض المعلومات فقط ولا يمثل توصية بالشراء أو البيع",
            "لا تتحمل السوق أي مسؤولية عن محتوى هذا الإعلان");
        return (new NoisePiece(NoiseKind.Tags, [ticker]), new NoisePiece(NoiseKind.Footer, r.Chance(0.5) ? [r.Pick("إفصاح", "إعلانات الشركات", "تنويه"), disclaimer] : [disclaimer]));
    }

    // A court portal's case card (tags) and its standing notice (footer).
    public static (NoisePiece Case, NoisePiece Notice) Ruling(Story s)
    {
        var r = s.R;
        var number = Ink.Digits(r, $"{r.Between(10, 4999)}/{s.Day.Year}");
        var card = r.Pick("رقم القضية", "رقم الدعوى", "القضية رقم") + Ink.Colon(r) + number + Ink.Bar(r) + r.Pick("الدائرة", "المحكمة") + Ink.Colon(r) + r.Pick("الجزائية", "التجارية", "الإدارية", "العمالية", "الاستئناف");
        var notice = r.Pick(
            "الأحكام المنشورة لأغراض التوعية ولا يجوز الاستناد إليها أمام الجهات الرسمية",
            "تنويه: المعلومات المنشورة لا تغني عن الاطلاع على نص الحكم الرسمي",
            "جميع البيانات الشخصية في هذا الملخص محجوبة وفقاً للائحة النشر");
        return (new NoisePiece(NoiseKind.Tags, [card]), new NoisePiece(NoiseKind.Footer, [notice]));
    }
}
