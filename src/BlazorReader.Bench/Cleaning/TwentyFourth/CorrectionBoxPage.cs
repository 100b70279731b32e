using System.Globalization;

namespace BlazorReader.Bench.Cleaning.TwentyFourth;

// A story that was corrected or updated after it went out: the paper's correction box, the
// editor's note about the update and the first-published / last-edited lines, above the
// story, after the lead or at its foot. A correction told in the story's own voice is body.
internal sealed class CorrectionBoxPage : IPageFamily
{
    public void Head(PageDraft p)
    {
        var r = p.R;
        CommonChrome.Headline(p);
        if (r.Chance(0.6))
        {
            p.Noise(NoiseKind.Byline, CommonChrome.Byline(p));
        }
        if (r.Chance(0.5))
        {
            Stamps(p);
        }
        if (r.Chance(0.35))
        {
            Note(p);
        }
        if (r.Chance(0.4))
        {
            p.GlueBefore(0, NoiseKind.Dateline, CommonChrome.Dateline(p));
        }
    }

    public List<Action<PageDraft>> Inside(PageDraft p)
    {
        var r = p.R;
        // The update note sits above or below the story, never twice between its paragraphs.
        List<Action<PageDraft>> inside = [];
        if (r.Chance(0.4))
        {
            inside.Add(q => q.Own($"وكانت {q.R.Pick("الوزارة", "الهيئة", "الشرطة", "الأمانة")} قد ذكرت في بيان سابق أن العدد {q.R.Number(q.R.Between(3, 40))}، قبل أن تصحح الرقم صباح اليوم."));
        }
        return inside;
    }

    public void Tail(PageDraft p)
    {
        var r = p.R;
        if (r.Chance(0.65))
        {
            Correction(p);
        }
        else
        {
            Note(p);
        }
        if (r.Chance(0.5))
        {
            Stamps(p);
        }
        if (r.Chance(0.35))
        {
            CommonChrome.Counter(p);
        }
        if (r.Chance(0.4))
        {
            CommonChrome.TeaserBlock(p);
        }
        if (r.Chance(0.5))
        {
            CommonChrome.Footer(p);
        }
    }

    private static void Stamps(PageDraft p)
    {
        var r = p.R;
        var first = Wording.Date(r, p.When);
        var edited = Wording.Time(r, p.When.AddHours(r.Between(1, 9)));
        p.Noise(NoiseKind.Dateline, r.Next(4) switch
        {
            0 => $"نُشر أولاً في {first}، وعُدّل في {edited}",
            1 => $"تاريخ النشر: {first} | آخر تحديث: {edited}",
            2 => $"حُدّث {edited} — نُشر {first}",
            _ => $"Published {p.When.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} · Updated {p.When.AddHours(3).ToString("HH:mm", CultureInfo.InvariantCulture)}",
        });
    }

    private static void Note(PageDraft p)
    {
        var r = p.R;
        var when = Wording.Time(r, p.When.AddHours(r.Between(1, 6)));
        p.Noise(NoiseKind.Footer, r.Next(4) switch
        {
            0 => $"ملاحظة المحرر{r.Separator(":")}حُدّث هذا الخبر الساعة {when} بإضافة تصريحات جديدة.",
            1 => "[تحديث] أُضيفت إلى هذا الخبر تفاصيل لم تكن متاحة عند نشره أول مرة.",
            2 => $"* هذه نسخة محدّثة من خبر نُشر في وقت سابق ({when}).",
            _ => "ملاحظة: أُعيدت صياغة العنوان بعد النشر.",
        });
    }

    private static void Correction(PageDraft p)
    {
        var r = p.R;
        var a = r.Number(r.Between(2, 50));
        var b = r.Number(r.Between(51, 99));
        p.Noise(NoiseKind.Footer, r.Next(3) switch
        {
            0 => [$"تصحيح{r.Separator(":")}ورد في نسخة سابقة من هذا الخبر أن العدد {a}، والصحيح {b}. نعتذر عن الخطأ."],
            1 => ["تصحيح", $"ذكرت نسخة سابقة اسم {Wording.Person(r)} خطأً، وقد جرى التصويب."],
            _ => [$"تنويه: صُحّح في هذه النسخة تاريخ الفعالية ({Wording.Date(r, p.When)})."],
        });
    }
}
