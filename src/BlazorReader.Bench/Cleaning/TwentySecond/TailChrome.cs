namespace BlazorReader.Bench.Cleaning.TwentySecond;

// The chrome under and inside a story in new wordings: read-also lines and blocks, teaser
// blocks, more-links, credits, tags, signatures, captions, repeats and footers.
internal static class TailChrome
{
    private static readonly string[] ReadAlsoLeads = ["طالع كذلك", "ذو صلة", "اقرأ في السياق نفسه", "يهمك أيضاً", "لا يفوتك", "قد يعجبك"];

    private static readonly string[] TeaserHeads =
        ["الأكثر قراءة هذا الأسبوع", "من الأرشيف", "قصص أخرى من القسم", "تابع أيضاً", "اخترنا لك", "الأكثر تداولاً الآن"];

    private static readonly string[] Scenes =
        ["جانب من الاجتماع", "من موقع الحدث", "خلال الجولة التفقدية", "صورة أرشيفية", "لقطة من الحفل", "أثناء المؤتمر الصحفي"];

    public static void ReadAlso(PageSheet page, Dressing d)
    {
        var r = d.R;
        if (d.Teaser() is not { } title)
        {
            return;
        }
        var line = r.Next(4) switch
        {
            0 => $"{r.Pick(ReadAlsoLeads)}{r.Separator(":", "»", "←")}{title}",
            1 => $"◀ {title}",
            2 => $"{title} ({r.Pick(ReadAlsoLeads)})",
            _ => $"[{r.Pick(ReadAlsoLeads)}] {title}",
        };
        page.Teasers(NoiseKind.ReadAlso, [line], [title]);
    }

    public static void TeaserBlock(PageSheet page, Dressing d)
    {
        var r = d.R;
        var titles = d.Teasers(r.Between(2, 5));
        if (titles.Count == 0)
        {
            return;
        }
        var style = r.Next(4);
        List<string> lines = r.Chance(0.8) ? [r.Pick(TeaserHeads)] : [];
        lines.AddRange(titles.Select((t, i) => style switch
        {
            0 => $"{d.Num(i + 1)}. {t}",
            1 => $"• {t}",
            2 => $"{t} — منذ {d.Num(r.Between(2, 23))} {r.Pick("ساعة", "ساعات", "دقيقة")}",
            _ => t,
        }));
        page.Teasers(NoiseKind.Teaser, lines, titles);
    }

    public static void MoreLink(PageSheet page, Dressing d, string lastParagraph, string site)
    {
        var r = d.R;
        var line = r.Next(5) switch
        {
            0 => "لقراءة التفاصيل كاملة اضغط على الرابط",
            1 => $"تابع القراءة على {site} ←",
            2 => $"رابط مختصر: https://{r.Pick("bit.ly", "cutt.ly", "t.ly")}/{r.Letters(7)}",
            3 => "(التفاصيل في الرابط المرفق)",
            _ => "… التفاصيل »",
        };
        if (r.Chance(0.4) && lastParagraph.Length > 0)
        {
            page.Glued(NoiseKind.MoreLink, line, lastParagraph, before: false);
            return;
        }
        if (lastParagraph.Length > 0)
        {
            page.Paragraph(lastParagraph);
        }
        page.Add(NoiseKind.MoreLink, line);
    }

    public static void Credit(PageSheet page, Dressing d)
    {
        var r = d.R;
        var source = d.Source;
        var line = r.Next(5) switch
        {
            0 => $"المصدر: {source}",
            1 => $"(بالتعاون مع {source})",
            2 => $"حقوق الخبر{r.Separator(":", "-")}{source}",
            3 => $"نقلاً بتصرف عن {source}",
            _ => $"المادة منشورة أصلاً لدى {source}",
        };
        page.Credit(line, source);
    }

    public static void Tags(PageSheet page, Dressing d)
    {
        var r = d.R;
        // Tags name things: the title's nouns (its words with the article), and now and then a place.
        var words = d.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('«', '»', '"', ':', '.', '،', '!', '؟', '(', ')', '“', '”'))
            .Where(w => w.Length >= 4 && w.StartsWith("ال", StringComparison.Ordinal)).Distinct().Take(r.Between(1, 3)).ToList();
        if (words.Count < 2 || r.Chance(0.3))
        {
            words.Add(d.City);
        }
        if (words.Count < 2)
        {
            words.Add(r.Pick("محليات", "اقتصاد", "رياضة", "منوعات", "تقارير"));
        }
        page.Add(NoiseKind.Tags, r.Next(4) switch
        {
            0 => "الوسوم: " + string.Join(" ", words.Select(w => "#" + w.Replace(' ', '_'))),
            1 => "كلمات مفتاحية: " + string.Join("، ", words),
            2 => "مواضيع ذات علاقة / " + string.Join(" / ", words),
            _ => "🏷 " + string.Join(" · ", words),
        });
    }

    public static void Signature(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        var name = d.Writer;
        page.Add(NoiseKind.Signature, r.Next(4) switch
        {
            0 => [name, $"مراسل صحيفة {d.Paper} في {d.City}"],
            1 => [$"للتواصل مع الكاتب: {r.Letters(6, "abcdefghijklmnopqrstuvwxyz")}@{r.Pick("mail.sa", "outlook.com", "gmail.com")}"],
            2 => ["— فريق التحرير"],
            _ => [$"{name}{r.Separator("|", "-")}{r.Pick("صحفي مستقل", "باحث ومحرر", "محرر أول")}"],
        });
    }

    // A photo's caption, with the photographer's credit on it or under it.
    public static void Caption(PageSheet page, Dressing d)
    {
        var r = d.R;
        var scene = $"{r.Pick(Scenes)}{r.Pick("", " في " + d.City, " (أرشيف)")}";
        var taker = r.Chance(0.5) ? d.Person : r.Pick(DressingPools.LatinAgencies);
        page.Add(NoiseKind.Caption, r.Next(4) switch
        {
            0 => [$"▲ {scene} (تصوير: {taker})"],
            1 => [scene, $"عدسة: {taker}"],
            2 => [$"📷 {scene} - {taker}"],
            _ => [$"{scene}{r.Separator("|")}Photo: {taker}"],
        });
    }

    public static void Footer(PageSheet page, Dressing d, string site)
    {
        var r = d.R;
        var year = d.Plain(r.Pick(2015, 2016));
        page.Add(NoiseKind.Footer, r.Next(4) switch
        {
            0 => [$"© {year} {site}. جميع الحقوق محفوظة"],
            1 => [$"يسمح بالنقل مع ذكر المصدر — {site}", "سياسة الخصوصية | اتصل بنا | من نحن"],
            2 => [$"{site} {year} ©", "شروط الاستخدام · خريطة الموقع · أعلن معنا"],
            _ => [$"جميع المواد المنشورة ملك {site} ولا يجوز إعادة نشرها دون إذن"],
        });
    }
}
