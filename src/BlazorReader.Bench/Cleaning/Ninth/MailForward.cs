namespace BlazorReader.Bench.Cleaning.Ninth;

// A story that reached the scraper as a forwarded e-mail: the forwarding marker and headers
// above it (the subject carrying the headline), and below it the sender's sign-off, the
// phone's «sent from» line and the confidentiality notice.
public static class MailForward
{
    public static void Dress(NinthPage page, NinthStory s, DressingRandom r)
    {
        var arabic = r.Chance(0.7);
        var sender = $"{DressingPools.PersonName(r)} <{r.Letters(r.Between(4, 8), "abcdefghijklmnopqrstuvwxyz.")}@{NinthStory.Domain(r)}>";
        var date = arabic ? NinthDates.Gregorian(r, s.Day, s.Region) + r.Pick("", $" الساعة {r.Between(1, 12)}:{r.Between(10, 59)} {r.Pick("ص", "م")}")
            : s.Day.ToString(r.Pick("ddd, MMM d, yyyy", "dd MMMM yyyy", "d/M/yyyy"), System.Globalization.CultureInfo.InvariantCulture);
        string Head(string ar, string en) => (arabic ? ar : en) + r.Pick(": ", ":", " : ");
        page.First(page.Piece(NoiseKind.Share, arabic
            ? r.Pick("---------- الرسالة المعاد توجيهها ----------", "-------- رسالة معاد توجيهها --------", "بداية الرسالة المعاد توجيهها:", "——— رسالة محولة ———")
            : r.Pick("---------- Forwarded message ---------", "-----Original Message-----", "Begin forwarded message:")));
        page.First(page.Piece(NoiseKind.Share, Head("من", "From") + sender));
        if (r.Chance(0.8))
        {
            page.First(page.Piece(NoiseKind.Dateline, Head("التاريخ", r.Pick("Date", "Sent")) + date));
        }
        if (r.Chance(0.75))
        {
            page.First(page.Piece(NoiseKind.Headline, Head("الموضوع", "Subject") + r.Pick("", "Fwd: ", "FW: ", "Fw: ", "إعادة توجيه: ", "RE: Fwd: ") + s.Title));
        }
        page.First(page.Piece(NoiseKind.Share, Head("إلى", "To") + string.Join(r.Pick(", ", "; ", "، "),
            Enumerable.Range(0, r.Between(1, 3)).Select(_ => r.Letters(r.Between(3, 7), "abcdefghijklmnopqrstuvwxyz") + "@" + NinthStory.Domain(r)))));
        if (r.Chance(0.5))
        {
            page.Bottom(page.Piece(NoiseKind.Signature, SignOff(s, r)));
        }
        if (r.Chance(0.4))
        {
            page.Bottom(page.Piece(NoiseKind.Signature, r.Pick("أُرسلت من جهاز iPhone الخاص بي", "Sent from my iPhone", "أرسلت من هاتفي الجوال", "Sent from my Samsung Galaxy smartphone.",
                "تم الإرسال من تطبيق البريد لنظام Windows", "Get Outlook for Android")));
        }
        if (r.Chance(0.4))
        {
            page.Bottom(page.Piece(NoiseKind.Footer, r.Pick(
                "تنويه: هذه الرسالة وأي مرفقات بها سرية ومخصصة للمرسل إليه فقط، وإذا وصلتك خطأً فيرجى إبلاغ المرسل وحذفها.",
                "إخلاء مسؤولية: المعلومات الواردة في هذا البريد تعبر عن رأي كاتبها ولا تمثل بالضرورة رأي المؤسسة.",
                "DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee.",
                "يرجى مراعاة البيئة قبل طباعة هذه الرسالة 🌿", "لإلغاء اشتراكك في القائمة البريدية أرسل رسالة فارغة بعنوان «إلغاء».")));
        }
    }

    private static string[] SignOff(NinthStory s, DressingRandom r)
    {
        var greeting = r.Pick("مع تحياتي،", "مع خالص التحية", "وتقبلوا فائق الاحترام", "تحياتي", "Best regards,", "شكراً لكم");
        var who = $"{DressingPools.PersonName(r)}{r.Separator("|", "-", "،", "—")}{r.Pick("محرر", "محررة", "مدير الأخبار", "قسم الرصد", "منسق النشرة")} {r.Pick("في", "-", "|")} {s.Paper}";
        return r.Chance(0.5) ? [greeting, who] : [greeting, who, $"{r.Pick("هاتف", "جوال", "Tel", "ت")}: {r.Pick("+962", "+970", "+963", "+967", "+249", "+216", "+212", "+971")} {r.Letters(r.Between(7, 9), "0123456789")}"];
    }
}
