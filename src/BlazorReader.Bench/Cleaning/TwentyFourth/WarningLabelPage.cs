namespace BlazorReader.Bench.Cleaning.TwentyFourth;

// A story on a page that carries a video: the content warning and age rating over it, the
// sign-language and captions badges, the interpreter's and the clip's lines. A warning the
// story itself gives its readers («ينبه الدفاع المدني …») stays body.
internal sealed class WarningLabelPage : IPageFamily
{
    public void Head(PageDraft p)
    {
        var r = p.R;
        if (r.Chance(0.6))
        {
            Warning(p);
        }
        CommonChrome.Headline(p);
        if (r.Chance(0.5))
        {
            p.GlueBefore(0, NoiseKind.Dateline, CommonChrome.Dateline(p));
        }
        else
        {
            p.Noise(NoiseKind.Dateline, CommonChrome.Dateline(p));
        }
        if (r.Chance(0.5))
        {
            Player(p);
        }
    }

    public List<Action<PageDraft>> Inside(PageDraft p)
    {
        var r = p.R;
        List<Action<PageDraft>> inside = [];
        if (r.Chance(0.4))
        {
            inside.Add(Player);
        }
        if (r.Chance(0.3))
        {
            inside.Add(Warning);
        }
        if (r.Chance(0.35))
        {
            inside.Add(q => q.Own($"وينبه {q.R.Pick("الدفاع المدني", "المركز الوطني للأرصاد", "المرور")} إلى عدم الاقتراب من مواقع الخطر، والاتصال على الرقم {q.R.Number(q.R.Pick(998, 911, 993))} عند الحاجة."));
        }
        return inside;
    }

    public void Tail(PageDraft p)
    {
        var r = p.R;
        if (r.Chance(0.4))
        {
            p.Noise(NoiseKind.Caption, r.Pick("النسخة المكتوبة من الفيديو متاحة أعلاه", "هذا الفيديو مترجم بلغة الإشارة ضمن مبادرة «إعلام للجميع»", "للإبلاغ عن مشكلة في الترجمة النصية راسلنا"));
        }
        if (r.Chance(0.5))
        {
            CommonChrome.Counter(p);
        }
        if (r.Chance(0.4))
        {
            CommonChrome.Tags(p);
        }
        if (r.Chance(0.4))
        {
            CommonChrome.TeaserBlock(p);
        }
        CommonChrome.Footer(p);
    }

    private static void Warning(PageDraft p)
    {
        var r = p.R;
        p.Noise(NoiseKind.Tags, r.Next(5) switch
        {
            0 => ["⚠ تحذير: يحتوي هذا التقرير على صور قد تكون مؤلمة"],
            1 => [$"+{r.Number(18)}", "مناسب لمن هم فوق 18 عاماً"],
            2 => ["تنبيه للقراء: مشاهد قد لا تناسب الجميع"],
            3 => ["Viewer discretion advised", "المحتوى التالي يتضمن مشاهد عنف"],
            _ => [$"التصنيف العمري: {r.Pick("+12", "+15", "+18", "للجميع")}"],
        });
    }

    private static void Player(PageDraft p)
    {
        var r = p.R;
        var length = Wording.Decimal(r, r.Between(0, 5), r.Between(5, 59), ":");
        List<string> lines = [r.Pick("▶ فيديو", "فيديو | بلغة الإشارة", "🎬 شاهد", "▶ تشغيل") + " " + length];
        if (r.Chance(0.6))
        {
            lines.Add(r.Pick($"ترجمة بلغة الإشارة: {Wording.Person(r)}", "🤟 متاح بلغة الإشارة", "مترجم إلى لغة الإشارة"));
        }
        if (r.Chance(0.5))
        {
            lines.Add(r.Pick("CC ترجمة نصية", "الترجمة النصية: عربي | English", "[ الترجمة مفعّلة ]"));
        }
        p.Noise(NoiseKind.Caption, [.. lines]);
    }
}
