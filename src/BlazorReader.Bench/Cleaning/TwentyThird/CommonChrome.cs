namespace BlazorReader.Bench.Cleaning.TwentyThird;

// The chrome every page family shares, in wordings and orders none of the families owns:
// datelines with agency, city and date in any order, bylines, captions, read-also lines,
// teaser blocks, more-links, credits, tags, counters, share rows, footers and repeats.
internal static class CommonChrome
{
    private static readonly string[] Networks = ["واتساب", "تويتر", "فيسبوك", "تيليجرام", "نسخ الرابط", "البريد"];

    public static NoisePiece Piece(NoiseKind kind, PageKit k, params string[] lines) => new(kind, [.. lines.Select(k.Scuff)]);

    // Agency, city and date in the orders wires and portals print them.
    public static string Dateline(PageKit k)
    {
        var r = k.R;
        var (agency, city, date) = (r.Pick(DressingPools.Agencies), r.Pick(DressingPools.Cities), k.DateText());
        return r.Next(6) switch
        {
            0 => $"{agency}{r.Separator("–", "-", "|")}{city}{r.Separator("–", "-", "|")}{date}",
            1 => $"{city} ({agency}) {date}",
            2 => $"{date}{r.Separator("|", "·")}{city}{r.Separator("|", "·")}{agency}",
            3 => $"{city}، {date} ({agency})",
            4 => $"{city} – {r.Pick("خاص", "مراسلنا", "متابعات")}",
            _ => $"[{city}] {date}",
        };
    }

    public static void GluedDateline(PageSheet page, PageKit k)
    {
        var line = Dateline(k);
        page.GlueBefore(0, line + k.R.Pick(": ", " — ", " - ", "ـ ", " : "), NoiseKind.Dateline);
    }

    public static NoisePiece Byline(PageKit k)
    {
        var r = k.R;
        var who = k.Person();
        return Piece(NoiseKind.Byline, k, r.Next(5) switch
        {
            0 => $"إعداد{r.Separator(":", "/")}{who}",
            1 => $"{r.Pick("بقلم", "كتب", "كتبت")} {who}{r.Pick("", " – " + k.Paper)}",
            2 => $"تحرير: {who} | مراجعة: {k.Person()}",
            3 => $"{who}{r.Separator("·", "|", "-")}{r.Pick("محرر الشؤون المحلية", "باحث مشارك", "مراسل", "المحرر الاقتصادي")}",
            _ => $"By {r.Pick(DressingPools.LatinFirst)} {r.Pick(DressingPools.LatinLast)}",
        });
    }

    public static NoisePiece Caption(PageKit k)
    {
        var r = k.R;
        var what = r.Pick("جانب من الاجتماع", "صورة أرشيفية", "من موقع الحدث", "المشاركون في الجلسة", "لقطة من المؤتمر الصحفي", "جانب من الجولة الميدانية");
        var credit = r.Pick($"تصوير: {k.Person()}", $"({r.Pick(DressingPools.LatinAgencies)})", $"© {r.Pick(DressingPools.LatinAgencies)}", $"الصورة: {k.Paper}");
        return r.Next(3) switch
        {
            0 => Piece(NoiseKind.Caption, k, $"{what} {credit}"),
            1 => Piece(NoiseKind.Caption, k, $"▲ {what}", credit),
            _ => Piece(NoiseKind.Caption, k, $"{what}{r.Separator("|", "-")}{credit}"),
        };
    }

    public static NoisePiece? ReadAlso(PageKit k)
    {
        var t = k.Teasers(1);
        if (t.Count == 0)
        {
            return null;
        }
        var label = k.R.Pick("اقرأ أيضاً", "اقرأ أيضا", "إقرأ كذلك", "ذو صلة", "قد يهمك", "طالع أيضاً");
        return Piece(NoiseKind.ReadAlso, k, k.R.Pick($"{label}: {t[0]}", $"{label} ← {t[0]}", $"■ {label} | {t[0]}"));
    }

    // A block of other stories under a header, numbered, bulleted or with reading times.
    public static NoisePiece? TeaserBlock(PageKit k, string? header = null)
    {
        var r = k.R;
        var titles = k.Teasers(r.Between(2, 4));
        if (titles.Count == 0)
        {
            return null;
        }
        var style = r.Next(4);
        var lines = titles.Select((t, i) => style switch
        {
            0 => $"{k.Num(i + 1)}. {t}",
            1 => $"• {t}",
            2 => $"{t} ({k.Num(r.Between(2, 9))} {r.Pick("دقائق", "د")})",
            _ => t,
        });
        var head = header ?? r.Pick("ذات صلة", "المزيد من الأخبار", "الأكثر قراءة", "موضوعات مقترحة", "أخبار متعلقة");
        return new NoisePiece(NoiseKind.Teaser, [k.Scuff(head), .. lines]) { Teasers = titles };
    }

    public static NoisePiece MoreLink(PageKit k)
    {
        var r = k.R;
        var id = r.Between(100000, 999999);
        var url = $"{r.Pick("https://", "http://", "")}{r.Pick("www.", "")}{r.Pick("alriyadh.com", "okaz.com.sa", "sabq.org", "al-madina.com", "aleqt.com", "alyaum.com")}/{r.Pick("article/", "news/", "n", "news-", "")}{id}";
        return r.Next(4) switch
        {
            0 => Piece(NoiseKind.MoreLink, k, $"الرابط المختصر: {url}"),
            1 => Piece(NoiseKind.MoreLink, k, $"{r.Pick("تابع القراءة على", "التفاصيل كاملة على", "النص الكامل في")} {k.Paper} ←"),
            2 => Piece(NoiseKind.MoreLink, k, $"رابط الموضوع:", url),
            _ => Piece(NoiseKind.MoreLink, k, $"{r.Pick("للمزيد", "لمزيد من التفاصيل")} {r.Pick("اضغط هنا", "زوروا الرابط")} {url}"),
        };
    }

    public static NoisePiece Credit(PageKit k)
    {
        var r = k.R;
        var credit = r.Pick($"وكالة الأنباء السعودية ({r.Pick("واس", "SPA")})", k.Paper, $"صحيفة {k.Paper}", r.Pick(DressingPools.Agencies));
        var line = r.Pick($"المصدر: {credit}", $"نقلاً عن {credit}", $"المصدر{r.Separator("|", "–")}{credit}", credit.Contains('(', StringComparison.Ordinal) ? credit : $"({credit})", $"عن {credit} بتصرف");
        return new NoisePiece(NoiseKind.Credit, [k.Scuff(line)]) { Credit = credit };
    }

    public static NoisePiece Tags(PageKit k)
    {
        var r = k.R;
        var words = k.Keywords(r.Between(3, 6));
        return r.Next(3) switch
        {
            0 => Piece(NoiseKind.Tags, k, $"{r.Pick("الكلمات المفتاحية", "الوسوم", "الموضوعات")}: {string.Join(r.Pick("، ", " · ", " | ", ", "), words)}"),
            1 => Piece(NoiseKind.Tags, k, string.Join(" ", words.Select(w => "#" + w.Replace(' ', '_')))),
            _ => Piece(NoiseKind.Tags, k, r.Pick("وسوم", "Tags"), string.Join(r.Pick("  ", " / "), words)),
        };
    }

    public static NoisePiece Counter(PageKit k)
    {
        var r = k.R;
        return Piece(NoiseKind.Counter, k, r.Next(4) switch
        {
            0 => $"{k.Num(r.Between(120, 48000))} {r.Pick("مشاهدة", "قراءة", "زيارة")}",
            1 => $"👁 {k.Num(r.Between(50, 9000))}  💬 {k.Num(r.Between(0, 90))}",
            2 => $"عدد المشاهدات{r.Separator(":")}{k.Num(r.Between(40, 30000))}",
            _ => $"{k.Num(r.Between(2, 400))} {r.Pick("مشاركة", "إعجاب")} · {k.Num(r.Between(1, 60))} {r.Pick("تعليق", "تعليقاً")}",
        });
    }

    public static NoisePiece Share(PageKit k)
    {
        var r = k.R;
        var nets = Networks.OrderBy(_ => r.Next(100)).Take(r.Between(3, 5));
        return Piece(NoiseKind.Share, k, $"{r.Pick("شارك", "مشاركة", "انشر", "شارك عبر")}{r.Separator(":", "|")}{string.Join(r.Pick(" | ", " ", " · "), nets)}");
    }

    public static NoisePiece Footer(PageKit k)
    {
        var r = k.R;
        var year = k.Plain(r.Between(2012, 2015));
        return Piece(NoiseKind.Footer, k, r.Next(4) switch
        {
            0 => $"© {year} {k.Paper}. {r.Pick("جميع الحقوق محفوظة", "الحقوق محفوظة")}",
            1 => $"{r.Pick("جميع الحقوق محفوظة", "حقوق النشر محفوظة")} {r.Pick("لصحيفة ", "لموقع ")}{k.Paper} {year} ©",
            2 => $"{r.Pick("سياسة الخصوصية", "اتصل بنا")} | {r.Pick("شروط الاستخدام", "من نحن")} | {r.Pick("أعلن معنا", "خريطة الموقع")}",
            _ => $"Copyright © {year} {r.Pick("All rights reserved", "All Rights Reserved.")}",
        });
    }

    // A paragraph of the story written a second time, as pages repeat their lead or a quote.
    public static NoisePiece Repeat(PageSheet page, PageKit k, int which) => new(NoiseKind.Repeat, [page.Paragraphs[which]]);

    public static NoisePiece Headline(PageKit k)
    {
        k.TitleWritten = true;
        return Piece(NoiseKind.Headline, k, k.R.Chance(0.8) ? k.Title : $"{k.Title}{k.R.Separator("|", "-")}{k.Paper}");
    }
}
