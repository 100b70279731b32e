using static BlazorReader.Bench.Cleaning.TwentyFifth.PageWords;

namespace BlazorReader.Bench.Cleaning.TwentyFifth;

// What stands below and between a story's paragraphs on any page: share rows, read-also
// lines, other stories' lists, the story's own link, credits, tags, counters, signatures
// and footers, each in wording the common «اقرأ أيضاً» and «جميع الحقوق» do not use.
internal static class TailChrome
{
    public static void Share(PageDraft page, int slot)
    {
        var r = page.R;
        string[] buttons = ["واتساب", "تويتر", "فيسبوك", "تيليجرام", "نسخ الرابط", "البريد", "طباعة", "لينكدإن"];
        var picked = buttons.OrderBy(_ => r.Next(100)).Take(r.Between(2, 5)).ToList();
        var line = r.Pick("انشر الخبر: ", "شارك عبر ", "أرسل إلى صديق — ", "", "↗ ") + Row(r, [.. picked]);
        page.Noise(slot, NoiseKind.Share, r.Scuff(line));
    }

    public static void ReadAlso(PageDraft page, int slot)
    {
        var r = page.R;
        var title = page.OtherTitle();
        if (title is null)
        {
            return;
        }
        List<string> lines = r.Next(4) switch
        {
            0 => [r.Pick("ذو صلة: ", "مواضيع ذات علاقة ← ", "قد يهمك أيضاً: ") + title],
            1 => [r.Pick("طالع أيضاً", "إقرأ كذلك", "على صلة"), title],
            2 => [$"[{r.Pick("ذو صلة", "اقرأ")}] {title}"],
            _ => [title + r.Pick(" (تفاصيل)", " ← التفاصيل", " >>")],
        };
        page.Noise(slot, NoiseKind.ReadAlso, lines);
    }

    // Other stories under a label, each line decorated as the site lists them.
    public static void Teasers(PageDraft page, int slot)
    {
        var r = page.R;
        var titles = page.OtherTitles(r.Between(2, 5));
        if (titles.Count < 2)
        {
            return;
        }
        var label = r.Pick("الأكثر تداولاً اليوم", "من أخبار النشرة", "أخبار قد تفوتك", "تابع كذلك", "المزيد من هذا القسم", "الأحدث في الموقع", "في العناوين");
        var style = r.Next(4);
        var rows = titles.Select((t, i) => style switch
        {
            0 => $"{Digits(r, N(i + 1))}. {t}",
            1 => $"{Bullet(r)}{t}",
            2 => $"{t}{r.Separator("|", "-")}{Digits(r, N(r.Between(1, 23)))} {r.Pick("ساعة", "دقيقة", "يوم")}",
            _ => t,
        });
        List<string> lines = r.Chance(0.85) ? [r.Scuff(label), .. rows] : [.. rows];
        page.Noise(slot, NoiseKind.Teaser, lines, teasers: titles);
    }

    // The story's own link, as a line or written after the last sentence.
    public static void MoreLink(PageDraft page)
    {
        var r = page.R;
        var host = r.Pick("news-sa.net", "alkhabar24.com", "marsad.sa", "bawaba-news.com", "sahil.net");
        var link = $"https://{host}/{r.Pick("article", "news", "n", "p")}/{r.Between(10000, 999999)}";
        var line = r.Next(5) switch
        {
            0 => "للاطلاع على الخبر كاملاً: " + link,
            1 => "المادة الأصلية ⇦ " + link,
            2 => "تكملة الخبر في المصدر",
            3 => "المصدر الأصلي للخبر ↩",
            _ => link,
        };
        if (r.Chance(0.35) && page.Own.Count > 0)
        {
            page.GlueAfter(page.Own.Count - 1, NoiseKind.MoreLink, r.Pick(" ", " … ", "... ") + line);
        }
        else
        {
            page.Noise(page.End, NoiseKind.MoreLink, line);
        }
    }

    public static void Credit(PageDraft page)
    {
        var r = page.R;
        var source = r.Pick(DressingPools.Agencies.Concat(DressingPools.Papers.Select(p => "صحيفة " + p)).ToArray());
        var line = r.Next(4) switch
        {
            0 => $"المصدر ⟵ {source}",
            1 => $"بتصرف عن {source}",
            2 => $"الخبر منشور أصلاً في {source}",
            _ => $"حقوق المادة: {source}",
        };
        page.Noise(page.End, NoiseKind.Credit, r.Scuff(line), credit: source);
    }

    public static void Tags(PageDraft page, int slot)
    {
        var r = page.R;
        string[] words = ["الرياض", "السعودية", "الصحة", "التعليم", "الاقتصاد", "أمطار", "الدفاع المدني", "النقل", "الموانئ", "الطقس", "المرور", "الحج", "النفط", "الإسكان"];
        var picked = words.OrderBy(_ => r.Next(100)).Take(r.Between(2, 5)).ToList();
        var line = r.Next(3) switch
        {
            0 => r.Pick("الوسوم: ", "تصنيفات: ", "كلمات دالة — ") + string.Join(r.Pick("، ", " ", " / "), picked),
            1 => string.Join(" ", picked.Select(w => "#" + w.Replace(' ', '_'))),
            _ => Row(r, [.. picked.Select(w => "[" + w + "]")]),
        };
        page.Noise(slot, NoiseKind.Tags, line);
    }

    public static void Counter(PageDraft page, int slot)
    {
        var r = page.R;
        var line = r.Next(4) switch
        {
            0 => $"👁 {r.Number(r.Between(40, 90000))}  💬 {r.Number(r.Between(0, 300))}",
            1 => $"قرأ هذا الخبر {r.Number(r.Between(100, 50000))} زائر",
            2 => Row(r, $"المشاهدات {r.Number(r.Between(10, 9000))}", $"الإعجابات {r.Number(r.Between(0, 900))}"),
            _ => $"({r.Number(r.Between(2, 400))}) {r.Pick("تعليق", "مشاركة", "قراءة")}",
        };
        page.Noise(slot, NoiseKind.Counter, line);
    }

    public static void Signature(PageDraft page)
    {
        var r = page.R;
        var name = DressingPools.PersonName(r);
        List<string> lines = r.Next(3) switch
        {
            0 => [name, r.Pick("قسم الأخبار المحلية", "مكتب المنطقة الشرقية", "وحدة التحرير الرقمي")],
            1 => [$"— {name}", $"{r.Letters(6, "abcdefghijklmnopqrstuvwxyz")}@{r.Pick("newsdesk.sa", "mail.com", "sahifa.net")}"],
            _ => [$"{r.Pick("تحياتي", "مع التقدير", "مع خالص التحية")}،", name],
        };
        page.Noise(page.End, NoiseKind.Signature, lines);
    }

    public static void Footer(PageDraft page)
    {
        var r = page.R;
        var site = r.Pick(DressingPools.Papers);
        List<string> lines = r.Next(4) switch
        {
            0 => [$"{site} {Digits(r, "2015")} ©", r.Pick("سياسة الخصوصية | اتصل بنا | أعلن معنا", "من نحن • شروط الاستخدام")],
            1 => [$"تصدر عن مؤسسة {site} للصحافة والنشر — الرياض، ص.ب {Digits(r, N(r.Between(1000, 99999)))}"],
            2 => ["لا يجوز إعادة النشر دون إذن مسبق", $"{r.Pick("الرئيسية", "الأرشيف")} · {r.Pick("خريطة الموقع", "RSS")} · {r.Pick("الإعلانات", "الوظائف")}"],
            _ => [$"All rights reserved © {site} {Digits(r, "2015")}"],
        };
        page.Noise(page.End, NoiseKind.Footer, [.. lines.Select(l => r.Scuff(l))]);
    }
}
