using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Fourteenth;

// The Arabic services of Turkish, Iranian, Chinese, Russian and Israeli media, each with its
// own furniture: an Iranian agency's news code and solar date in Persian digits and its
// «ended/initials» sign-off; a Chinese portal's second-exact stamp and editor in charge; a
// Russian site's updated-at stamp, language bar and disclaimer; a Turkish service's slash
// dateline and language list; a translated Hebrew paper's note. All services are invented.
internal static class WorldServiceCopy
{
    private static readonly string[] Names = ["الأفق", "المدار", "الجسر", "النجم", "الطريق", "الأناضول الجديد", "صوت الشرق", "الحرير"];

    private static readonly string[] ChineseEditors = ["王磊", "李静", "Wang Lei", "Liu Yang", "تشانغ وي", "لي نا", "Zhao Min"];

    public static void Dress(PageDraft page)
    {
        var r = page.R;
        var service = r.Pick(Names) + r.Pick(" بالعربية", " عربي", " - القسم العربي", "");
        switch (r.Next(5))
        {
            case 0:
                Iranian(page, service);
                break;
            case 1:
                page.Head(PageRun.Chrome(NoiseKind.Dateline, PageCalendar.Numeric(page.Day, r, 0).Replace('/', '-') + " " + PageCalendar.Time(r, 0, false) + ":" + r.Between(10, 59).ToString(CultureInfo.InvariantCulture)));
                page.Head(PageRun.Credited(service, r.Pick("المصدر: ", "مصدر: ", "（المصدر：") + service + r.Pick("", "）")));
                page.Foot(PageRun.Chrome(NoiseKind.Signature, r.Pick("المحرر المسؤول: ", "مسؤول التحرير: ", "(المحرر: ", "责任编辑：") + r.Pick(ChineseEditors) + r.Pick("", ")")));
                break;
            case 2:
                var stamp = PageCalendar.Numeric(page.Day, r, 0);
                page.Head(PageRun.Chrome(NoiseKind.Dateline, stamp + " " + PageCalendar.Time(r, 0, false) + r.Pick(" (محدّث: ", " (آخر تحديث: ", " (updated: ") + PageCalendar.Time(r, 0, false) + " " + stamp + ")"));
                page.Foot(PageRun.Chrome(NoiseKind.Footer, r.Pick("الآراء الواردة في هذا المقال تعبر عن رأي كاتبها ولا تعكس بالضرورة موقف ", "المواد المنشورة لا تعبر بالضرورة عن رأي ") + service));
                if (r.Chance(0.5))
                {
                    page.Top(PageRun.Chrome(NoiseKind.Footer, string.Join(r.Pick(" | ", "  ", " · "), "English", "Español", "Français", "Deutsch", "Русский", "العربية")));
                }
                break;
            case 3:
                page.GlueLead(PageRun.Glued(NoiseKind.Dateline, r.Pick("أنقرة", "إسطنبول", "غازي عنتاب", "أنطاكيا") + r.Pick("/ ", " / ", "/") + service), r.Pick(" ", "\u00A0"));
                page.Tail(PageRun.Chrome(NoiseKind.Byline, r.Pick("تحرير: ", "إعداد: ") + DressingPools.PersonName(r) + r.Pick(" | ", " - ", "، ") + r.Pick("ترجمة: ", "ترجمة وتحرير: ") + DressingPools.PersonName(r)));
                page.Foot(PageRun.Chrome(NoiseKind.Footer, r.Pick("هذا الخبر متاح أيضًا باللغات: ", "اقرأ الخبر بلغة أخرى: ") + string.Join(" | ", "Türkçe", "English", "Français", "Русский")));
                break;
            default:
                page.Head(PageRun.Chrome(NoiseKind.Byline, r.Pick("ترجمة: ", "ترجمة خاصة: ", "ترجمة وإعداد: ") + DressingPools.PersonName(r)));
                page.Foot(PageRun.Credited(service, r.Pick("* نُشرت هذه المادة أولًا باللغة العبرية في ", "المقال مترجم عن الصحيفة العبرية ونُشر في ", "ترجمة خاصة بـ") + "«" + service + "»"));
                break;
        }
        if (r.Chance(0.3))
        {
            page.Foot(PageRun.Chrome(NoiseKind.Counter, r.Pick("👁 ", "عدد المشاهدات: ", "المشاهدات ", "Views: ") + r.Number(r.Between(40, 25000))));
        }
    }

    private static void Iranian(PageDraft page, string service)
    {
        var r = page.R;
        var code = Ink.Persian(r.Between(100000, 4999999));
        page.Top(PageRun.Chrome(NoiseKind.Counter, r.Pick("رمز الخبر: ", "رقم الخبر: ", "كود الخبر : ") + code));
        page.Head(PageRun.Chrome(NoiseKind.Dateline, r.Pick("", "تاريخ النشر: ", "نشر في ") + PageCalendar.SolarDate(page.Day, r) + r.Pick(" - ", " | ", " ") + Ink.Persian(PageCalendar.Time(r, 0, false))));
        if (r.Chance(0.5))
        {
            page.GlueLead(PageRun.Glued(NoiseKind.Dateline, r.Pick("طهران", "مشهد", "قم", "الأهواز") + r.Pick(" - ", " ـ ", "/ ") + service + r.Pick(":", " -")), " ");
        }
        var initials = string.Concat(Enumerable.Range(0, r.Between(1, 3)).Select(_ => r.Pick("ح", "ع", "م", "ب", "ر", "س") + "."));
        page.Foot(PageRun.Chrome(NoiseKind.Signature, r.Pick("انتهى/ ", "انتهى ", "/انتهى/ ") + initials + r.Pick("", " " + Ink.Persian(r.Between(100, 999)))));
        if (r.Chance(0.4))
        {
            page.Foot(PageRun.Chrome(NoiseKind.Tags, r.Pick("الكلمات الرئيسية: ", "كلمات مفتاحية ", "الوسوم ") + string.Join(r.Pick("، ", " - ", " "), Several.Of(r, 0.45, "إيران", "المنطقة", "الاقتصاد", "السعودية", "الخليج الفارسي", "الدبلوماسية"))));
        }
    }
}
