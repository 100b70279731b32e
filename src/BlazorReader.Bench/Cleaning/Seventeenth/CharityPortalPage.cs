namespace BlazorReader.Bench.Cleaning.Seventeenth;

// A story on a charity's campaign page, an endowment's portal or a pilgrims' services portal:
// the site menu, donation buttons and amounts, the SMS-donation line and bank accounts every
// page carries, a campaign's progress, the licence the charity is registered under. Calls to
// give are Share, accounts and licences Footer, progress Counter. A donation number the story
// itself reports is body (StoryLookalikes), not this.
internal static class CharityPortalPage
{
    private static readonly string[] Charities = ["جمعية البر الخيرية", "جمعية إنسان", "مؤسسة الوقف الخيري", "جمعية تحفيظ القرآن الكريم", "جمعية الأيتام", "بنك الطعام", "جمعية رعاية مرضى الكلى"];

    private static readonly string[] Banks = ["مصرف الراجحي", "البنك الأهلي", "بنك البلاد", "بنك الجزيرة", "مصرف الإنماء", "بنك الرياض"];

    public static void Dress(PageDraft page, DressingRandom r)
    {
        var charity = r.Pick(Charities);
        var pilgrims = r.Chance(0.3);
        var menu = pilgrims
            ? Marks.Some(["الرئيسية", "خدمات ضيوف الرحمن", "التصاريح", "المواقيت", "الأسئلة الشائعة", "المركز الإعلامي", "تواصل معنا"], 4, 7, r)
            : Marks.Some(["الرئيسية", "عن الجمعية", "المشاريع", "الحملات", "المركز الإعلامي", "تبرع الآن", "تواصل معنا", "التطوع"], 4, 7, r);
        page.Head.Add(Segment.Furniture(NoiseKind.Tags, [.. Marks.Row(menu.Select(m => Marks.Stretch(m, r)), r)]));
        if (r.Chance(0.5))
        {
            page.Head.Add(Segment.Furniture(NoiseKind.Tags, r.Pick("الرئيسية", "المركز الإعلامي") + r.Pick(" / ", " > ", " » ") + r.Pick("الأخبار", "أخبار الجمعية", "الأخبار والفعاليات")).Close());
        }
        if (r.Chance(0.5))
        {
            page.Head.Add(Segment.Furniture(NoiseKind.Dateline, r.Pick("تاريخ الخبر: ", "نُشر: ", "") + Stamps.Arabic(page.When, r)));
        }
        var buttons = new List<string> { Marks.Stretch(r.Pick("تبرع الآن", "ساهم معنا", "تبرّع", "ادعم الحملة"), r) + r.Pick("", " ❤", " ←", " 🤲") };
        if (r.Chance(0.6))
        {
            var amounts = Marks.Some([10, 50, 100, 200, 500, 1000], 3, 4, r).Order().Select(a => r.Number(a) + r.Pick(" ريال", " ر.س", ""));
            buttons.Add(string.Join(r.Pick(" | ", "  ", " - "), amounts) + r.Pick(" | مبلغ آخر", "", " | أخرى"));
        }
        var give = Segment.Furniture(NoiseKind.Share, [.. buttons]);
        if (r.Chance(0.5))
        {
            page.Inside(r).Add(give);
        }
        else
        {
            page.Under.Add(give);
        }
        if (!pilgrims && r.Chance(0.6))
        {
            var goal = r.Between(2, 90) * 10000;
            var pct = r.Between(5, 98);
            var digits = Stamps.Script(r);
            page.Under.Add(Segment.Furniture(NoiseKind.Counter, [.. Marks.Row([
                r.Pick("تم جمع ", "المبلغ المحقق: ") + digits(Stamps.N(pct)) + "٪", r.Pick("المتبقي: ", "المبلغ المتبقي ") + digits(Stamps.N(goal * (100 - pct) / 100)) + " ريال",
                digits(Stamps.N(r.Between(30, 9000))) + r.Pick(" متبرع", " مساهم", " عملية تبرع")], r)]).Close());
        }
        var sms = r.Pick("5050", "5055", "5080", "5011", "5060");
        var tail = new List<Segment>
        {
            Segment.Furniture(NoiseKind.Share, r.Pick("للتبرع عبر الرسائل النصية أرسل ", "تبرع برسالة: أرسل الرقم ", "SMS: أرسل ") + r.Pick("(1)", "1", "(٢)", "\"خير\"") + " إلى " + Stamps.Digits(sms, r)
                + r.Pick("", " — قيمة الرسالة " + r.Number(r.Pick(10, 12, 20)) + " ريالات", " (لعملاء جميع شركات الاتصالات)")),
        };
        if (r.Chance(0.7))
        {
            var bank = r.Pick(Banks);
            var iban = "SA" + r.Letters(2, "0123456789") + " " + string.Join(" ", Enumerable.Range(0, 5).Select(_ => r.Letters(4, "0123456789")));
            string[] lines = r.Chance(0.5) ? [bank + r.Pick(": ", " – ") + iban] : [r.Pick("الحسابات البنكية", "حساباتنا البنكية:", "أرقام الحسابات"), bank, r.Pick("رقم الآيبان: ", "IBAN: ", "الآيبان ") + iban];
            tail.Add(Segment.Furniture(NoiseKind.Footer, lines));
        }
        tail.Add(Segment.Furniture(NoiseKind.Footer, pilgrims
            ? r.Pick("جميع الحقوق محفوظة لبوابة خدمات الحج والعمرة © ", "© بوابة ضيوف الرحمن ") + Stamps.Digits(Stamps.N(page.When.Year), r)
            : charity + r.Pick(" مسجلة لدى وزارة الشؤون الاجتماعية برقم (%)", " — ترخيص رقم %", " | رقم التسجيل %").Replace("%", r.Number(r.Between(11, 990)), StringComparison.Ordinal)));
        if (r.Chance(0.4))
        {
            tail.Add(Segment.Furniture(NoiseKind.Signature, r.Pick("إدارة الإعلام والاتصال — ", "المركز الإعلامي | ", "العلاقات العامة - ") + (pilgrims ? "بوابة ضيوف الرحمن" : charity)));
        }
        page.Tail.AddRange(tail.OrderBy(_ => r.Next(5)));
    }
}
