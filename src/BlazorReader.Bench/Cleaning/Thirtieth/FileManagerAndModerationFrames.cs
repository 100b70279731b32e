namespace BlazorReader.Bench.Cleaning.Thirtieth;

// A hosting control panel's file manager with the story's page open in its editor: the path,
// the file's size, permissions and date, the action bar; saving and the folder in the tail.
internal sealed class FileManagerFrame : Frame
{
    private static string Size(StoryFacts f) => f.Digits($"{f.R.Between(1, 96)}.{f.R.Between(0, 9)}") + f.R.Pick(" KB", " كيلوبايت", " ك.ب");

    public override void Head(Page page, StoryFacts f)
    {
        var r = f.R;
        var folder = "public_html/" + r.Pick("news", "archive", "ar/articles") + "/" + f.Day.Year + "/" + f.Day.Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        page.Chrome(NoiseKind.Footer, r.Pick("لوحة التحكم", "cPanel", "Plesk", "مدير الاستضافة") + r.Pick(" › ", " / ", " > ") + r.Pick("مدير الملفات", "File Manager") + r.Pick(" › ", " / ") + folder);
        var file = r.Pick("article-", "news_", "") + r.Letters(r.Between(4, 7), "0123456789") + r.Pick(".html", ".txt", ".php", ".md");
        page.Chrome(NoiseKind.Counter, file + r.Pick("  ", "\t", " · ") + Size(f) + r.Pick("  ", "\t", " · ") + r.Pick("0644", "0755", "rw-r--r--") + r.Pick("  ", "\t", " · ") + f.Gregorian(f.Day) + " " + f.Clock());
        page.Chrome(NoiseKind.Share, f.Menu(r.Pick(" | ", "  ", " · "), 3, 6, "تعديل", "عرض", "تنزيل", "إعادة تسمية", "حذف", "الأذونات"));
        if (r.Chance(0.5))
        {
            page.Chrome(NoiseKind.Footer, r.Pick("محرر الملفات", "تحرير الملف", "Code Editor") + r.Pick(" — ترميز UTF-8", " · UTF-8", " (سطر 1، عمود 1)"));
        }
    }

    public override void Tail(Page page, StoryFacts f)
    {
        var r = f.R;
        page.Chrome(NoiseKind.Share, r.Pick("حفظ التغييرات", "💾 حفظ", "Save Changes") + r.Pick(" | إغلاق", "  إلغاء", " · إغلاق المحرر"));
        if (r.Chance(0.6))
        {
            var files = Enumerable.Range(0, r.Between(2, 4)).Select(_ => r.Pick("index.php", "style.css", ".htaccess", "image-" + r.Letters(3, "0123456789") + ".jpg", "sitemap.xml") + "  " + Size(f) + "  " + r.Pick("0644", "0755"));
            page.Chrome(NoiseKind.Counter, [.. files]);
        }
        page.Chrome(NoiseKind.Counter, r.Pick("المساحة المستخدمة: ", "Disk usage: ") + r.Number(r.Between(120, 9800)) + r.Pick(" ميغابايت من ", " MB / ") + r.Number(r.Between(10, 50) * 1000) + r.Pick(" ميغابايت", " MB"));
    }
}

// A forum's moderation queue with the reported post open: the queue's count, the thread's
// path, the report's reason and reporter; moderators' notes between; the verdict buttons last.
internal sealed class ModerationQueueFrame : Frame
{
    private static readonly string[] Verdicts = ["✔ موافقة", "✖ رفض", "⚑ تصعيد", "✎ تعديل", "🗑 حذف"];

    public override void Head(Page page, StoryFacts f)
    {
        var r = f.R;
        page.Chrome(NoiseKind.Counter, r.Pick("قائمة المراجعة", "طابور الإشراف", "بلاغات معلقة") + r.Separator("—", ":", "|") + N(f, 11, 140) + r.Pick(" بلاغًا بانتظار القرار", " عنصرًا", " مشاركة تنتظر المراجعة"));
        page.Chrome(NoiseKind.Footer, r.Pick("المنتدى", "منتديات " + f.Paper, "الساحة") + " › " + r.Pick("الأخبار العامة", "الأخبار المحلية", "ركن النقاش") + " › " + r.Pick("موضوع #", "المشاركة رقم ") + f.Digits(r.Letters(r.Between(4, 6), "0123456789")));
        page.Chrome(NoiseKind.Tags, r.Pick("سبب البلاغ: ", "نوع البلاغ: ", "⚑ ") + r.Pick("محتوى منقول دون ذكر المصدر", "رابط خارجي", "موضوع مكرر", "مخالفة حقوق النشر", "إعلان مقنّع"));
        if (r.Chance(0.6))
        {
            page.Chrome(NoiseKind.Footer, r.Pick("أبلغ عنه: ", "المُبلِّغ: ") + r.Pick("عضو_", "user") + r.Letters(4, "0123456789") + r.Pick(" · منذ ", " — قبل ") + N(f, 2, 50) + r.Pick(" دقيقة", " ساعة"));
        }
    }

    public override void Between(Page page, StoryFacts f) =>
        page.Chrome(NoiseKind.Footer, f.R.Pick("ملاحظة المشرف: ", "🛡 ملاحظة داخلية: ", "[المشرف] ") + f.R.Pick("يحتاج إلى ذكر المصدر", "تم التحقق من الرابط", "ينقل بعد الموافقة إلى القسم المناسب", "العضو مخالف سابقًا"));

    public override void Tail(Page page, StoryFacts f)
    {
        var r = f.R;
        page.Chrome(NoiseKind.Share, string.Join(r.Pick("   ", " | ", " · "), Verdicts.Take(r.Between(2, 5))));
        page.Chrome(NoiseKind.Footer, r.Pick("البلاغ التالي ←", "العنصر التالي في القائمة", "تخطي ⏭") + r.Pick("", " (" + N(f, 1, 99) + " متبقٍ)"));
    }
}
