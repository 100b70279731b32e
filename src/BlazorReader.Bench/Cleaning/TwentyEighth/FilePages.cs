using System.Globalization;

namespace BlazorReader.Bench.Cleaning.TwentyEighth;

// The story reached through something that is not a news page: a cloud-drive preview of a
// shared document (path, file name, size, «آخر تعديل», download row), a QR scanner's result
// screen (the scanned link, open and copy buttons, the scan stamp) and a calendar invite
// exported as .ics with the story pasted into its description.
internal static class FilePages
{
    public static readonly Family Drive = new("drive", DriveHead, DriveTail);

    public static readonly Family Scanner = new("scanner", ScannerHead, ScannerTail);

    public static readonly Family Invite = new("invite", InviteHead, InviteTail);

    private static readonly string[] DriveButtons = ["⤓ تنزيل", "مشاركة الرابط", "فتح باستخدام", "طباعة", "نسخ إلى ملفاتي"];

    private static void DriveHead(Page p, Story s)
    {
        var r = p.R;
        p.Add(NoiseKind.Footer, $"📁 {r.Pick("ملفاتي", "My Drive", "المجلدات المشتركة")} › {r.Pick("الأخبار", "أرشيف القسم", "مواد النشر")} › {Stamps.Date(r, s.Date)}");
        var file = $"{r.Pick("خبر", "مادة", "news", "draft")}_{r.Pick("نهائي", "final", "v2", "معدل")}_{Stamps.Digits(r, s.Date.ToString("ddMM", CultureInfo.InvariantCulture))}.{r.Pick("docx", "txt", "pdf", "odt")}";
        p.Add(NoiseKind.Footer, file);
        p.Add(NoiseKind.Counter, $"{r.Pick("الحجم", "Size")}: {r.Number(r.Between(8, 900))} {r.Pick("ك.ب", "KB", "كيلوبايت")}");
        if (r.Chance(0.6))
        {
            p.Add(NoiseKind.Dateline, $"{r.Pick("آخر تعديل", "عُدّل في", "Last modified")}{r.Separator(":", "|")}{Stamps.Date(r, s.Date)} {r.Pick("بواسطة " + DressingPools.PersonName(r), Stamps.Time(r), "")}".TrimEnd());
        }
    }

    private static void DriveTail(Page p, Story s)
    {
        var r = p.R;
        p.Add(NoiseKind.Share, string.Join(r.Pick(" · ", "   ", " | "), DriveButtons.Take(r.Between(2, 5))));
        if (r.Chance(0.5))
        {
            p.Add(NoiseKind.Footer, $"{r.Pick("المساحة المستخدمة", "التخزين")}: {Stamps.Digits(r, $"{r.Between(1, 14)}.{r.Next(10)}")} {r.Pick("غيغابايت", "GB")} {r.Pick("من", "/")} {r.Number(15)} {r.Pick("غيغابايت", "GB")}");
        }
        if (r.Chance(0.3))
        {
            p.Add(NoiseKind.Footer, r.Chance(0.5) ? $"{r.Pick("يمكن لأي شخص لديه الرابط", "كل من لديه الرابط")} {r.Pick("العرض", "التعليق")}" : $"مشترك مع {r.Number(r.Between(3, 10))} أشخاص");
        }
    }

    private static void ScannerHead(Page p, Story s)
    {
        var r = p.R;
        p.Add(NoiseKind.Footer, $"{r.Pick("نتيجة المسح", "تم مسح الرمز", "QR")}{r.Separator(":", "—", "|")}{r.Pick("رابط ويب", "عنوان URL", "موقع إلكتروني")}");
        var url = $"{r.Pick("https://", "http://", "")}{r.Pick("m.", "www.", "")}{r.Pick("sabq", "okaz", "alyaum", "alwatan", "news")}{r.Pick(".org", ".com.sa", ".com")}/{r.Pick("n", "a", "news")}/{r.Between(10000, 999999)}";
        p.Add(NoiseKind.MoreLink, url);
        p.Add(NoiseKind.Share, $"{r.Pick("فتح في المتصفح", "فتح الرابط")} {r.Pick("|", "·", " ")} {r.Pick("نسخ", "نسخ الرابط")} {r.Pick("|", "·", " ")} {r.Pick("مشاركة", "إرسال")}");
    }

    private static void ScannerTail(Page p, Story s)
    {
        var r = p.R;
        p.Add(NoiseKind.Footer, $"{r.Pick("تم المسح في", "وقت المسح:", "Scanned")} {Stamps.Date(r, s.Date)} {Stamps.Time(r)}");
        if (r.Chance(0.5))
        {
            p.Add(NoiseKind.Counter, $"{r.Pick("سجل المسح", "عمليات المسح السابقة", "History")} ({r.Number(r.Between(2, 80))})");
        }
    }

    private static void InviteHead(Page p, Story s)
    {
        var r = p.R;
        p.Add(NoiseKind.Footer, "BEGIN:VCALENDAR", "VERSION:2.0", $"PRODID:-//{r.Pick("Newsroom", "Desk", "Agenda")}//{r.Pick("AR", "ar-SA")}", "BEGIN:VEVENT");
        var stamp = s.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "T" + r.Pick("090000", "113000", "170000", "200000");
        p.Add(NoiseKind.Dateline, $"DTSTART{r.Pick(":", ";TZID=Asia/Riyadh:")}{stamp}", $"LOCATION:{s.City}");
        if (s.Title.Length > 0 && !s.Carries(s.Title) && r.Chance(0.6))
        {
            p.Add(NoiseKind.Headline, "SUMMARY:" + s.Title);
        }
        p.Add(NoiseKind.Footer, r.Pick("DESCRIPTION:", "DESCRIPTION;LANGUAGE=ar:"));
    }

    private static void InviteTail(Page p, Story s)
    {
        var r = p.R;
        p.Add(NoiseKind.Footer, $"UID:{r.Letters(12).ToLowerInvariant()}@{r.Pick("calendar", "events")}", "END:VEVENT", "END:VCALENDAR");
        if (r.Chance(0.6))
        {
            p.Add(NoiseKind.Share, $"{r.Pick("إضافة إلى التقويم", "📅 أضف إلى تقويمك", "حفظ الموعد")}{r.Separator(":", "|")}Google · Outlook · Apple");
        }
    }
}
