using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Fourteenth;

// What an embedded post carries that is not the post: its view and reply counts, the
// «translate» and «copy link» buttons, a community note under it, and the stub left where
// a deleted post was. Counts are Counters, buttons that open more are MoreLinks, the note
// and the stub stand where the embed stood and are Captions.
internal static class PostChrome
{
    private static readonly string[] NoteClaims =
    [
        "الصورة المتداولة قديمة وتعود إلى عام {0}",
        "المقطع ليس من {1} بل صُوّر في مدينة أخرى قبل سنوات",
        "التصريح منسوب خطأً إلى المسؤول ولم يرد في أي بيان رسمي",
        "الرقم الوارد غير دقيق بحسب الإحصاءات المنشورة عام {0}",
    ];

    public static IEnumerable<PageRun> Around(PageDraft page, bool english)
    {
        var r = page.R;
        if (r.Chance(0.3))
        {
            yield return PageRun.Chrome(NoiseKind.MoreLink, english ? r.Pick("عرض الترجمة", "ترجمة التغريدة", "Translate post") : r.Pick("Translate post", "عرض النص الأصلي"));
        }
        if (r.Chance(0.2))
        {
            yield return PageRun.Chrome(NoiseKind.Caption, Note(r));
        }
        if (r.Chance(0.4))
        {
            var views = r.Chance(0.5)
                ? Ink.Digits((r.Between(11, 999) / 10.0).ToString("0.#", CultureInfo.InvariantCulture), r.Chance(0.5) ? 1 : 0) + r.Pick(" ألف مشاهدة", " ألف", "K Views", " مليون مشاهدة")
                : r.Number(r.Between(120, 99000)) + r.Pick(" مشاهدة", " Views", " مشاهدات");
            var replies = r.Chance(0.4) ? r.Pick(" · ", "  ") + r.Pick("اقرأ ", "") + r.Number(r.Between(2, 900)) + r.Pick(" ردًا", " من الردود", " replies") : "";
            yield return PageRun.Chrome(NoiseKind.Counter, views + replies);
        }
        if (r.Chance(0.15))
        {
            yield return PageRun.Chrome(NoiseKind.Share, r.Pick("نسخ الرابط", "Copy link", "الرد", "Reply · Copy link"));
        }
    }

    private static List<string> Note(DressingRandom r)
    {
        var claim = string.Format(CultureInfo.InvariantCulture, r.Pick(NoteClaims), r.Number(r.Between(2009, 2014)), r.Pick(DressingPools.Cities));
        return r.Chance(0.6)
            ? [r.Pick("ملاحظات المجتمع", "ملاحظة من المجتمع", "Community Notes"), r.Pick("أضاف القراء سياقًا يعتقدون أن الآخرين قد يرغبون في معرفته", "أضاف القراء سياقًا"), claim]
            : ["أضاف القراء سياقًا: " + claim];
    }

    // A post the story pointed at that is gone: the stub, and the dead address under it.
    public static PageRun Stub(DressingRandom r)
    {
        var lines = new List<string>
        {
            r.Pick("يُرجى الانتباه: تم حذف هذه التغريدة", "هذه التغريدة غير متاحة.", "تم حذف هذا المنشور من قبل صاحبه.", "This Post is unavailable.",
                "عذرًا، لم يعد هذا المحتوى متاحًا", "هذه التغريدة من حساب لم يعد موجودًا. اعرف المزيد"),
        };
        if (r.Chance(0.5))
        {
            var dead = "https://twitter.com/" + r.Letters(r.Between(5, 10), "abcdefghijklmnopqrstuvwxyz_") + "/status/" + r.Letters(18, "0123456789");
            lines.Add(r.Chance(0.5) ? LinkBreaks.Break(dead, dead, r) : dead);
        }
        return PageRun.Chrome(NoiseKind.Caption, lines);
    }
}
