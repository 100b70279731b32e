using System.Globalization;

namespace BlazorReader.Bench.Cleaning.TwentyFourth;

// A video agency's item pasted as a story: the desk's header (story number, duration,
// source, restrictions), the shot list with timecodes, soundbite labels over the quoted
// paragraphs, and the script whose paragraphs are the story itself.
internal sealed class VideoScriptPage : IPageFamily
{
    public void Head(PageDraft p)
    {
        var r = p.R;
        var agency = r.Pick(DressingPools.Agencies);
        var duration = Wording.Decimal(r, r.Between(0, 4), r.Between(0, 59), ":");
        var head = new List<string>
        {
            r.Chance(0.5) ? $"رقم القصة{r.Separator(":")}{r.Number(r.Between(1000, 99999))}" : $"STORY NO: {r.Between(1000, 99999)}",
            $"المدة{r.Separator(":")}{duration}",
            r.Pick("الصوت: طبيعي مع عربي", "اللغة: عربية/صوت طبيعي", "SOUND: NATURAL WITH ARABIC"),
        };
        if (r.Chance(0.5))
        {
            head.Add(r.Pick("القيود: لا يُسمح بالبث داخل المملكة", "RESTRICTIONS: NO ACCESS SAUDI ARABIA", "القيود: لا قيود"));
        }
        CommonChrome.Headline(p);
        p.Noise(NoiseKind.Footer, [.. head.OrderBy(_ => r.Next(100))]);
        p.Noise(NoiseKind.Dateline, $"{r.Pick("التاريخ", "تاريخ التصوير")}: {Wording.Date(r, p.When)}{(r.Chance(0.5) ? "" : " | المكان: " + r.Pick(DressingPools.Cities))}");
        if (r.Chance(0.6))
        {
            p.Credit($"المصدر{r.Separator(":")}{agency}{r.Pick("", " (فيديو)", " - تلفزيون")}", agency);
        }
        if (r.Chance(0.5))
        {
            Shots(p);
        }
        p.Noise(NoiseKind.Footer, r.Pick("القصة:", "النص:", "SCRIPT:", "السيناريو المقترح:"));
    }

    public List<Action<PageDraft>> Inside(PageDraft p)
    {
        var r = p.R;
        // A timecode glued before a paragraph marks where the script meets the pictures; the
        // clock runs on down the script.
        var clock = r.Between(5, 40);
        for (var i = 1; i < p.Paragraphs.Count; i++)
        {
            clock += r.Between(4, 30);
            if (r.Chance(0.25))
            {
                p.GlueBefore(i, NoiseKind.Caption, $"({Clock(clock)})");
            }
        }
        return r.Chance(0.7) ? [Soundbite] : [Soundbite, Shots];
    }

    public void Tail(PageDraft p)
    {
        var r = p.R;
        if (r.Chance(0.4))
        {
            Shots(p);
        }
        if (r.Chance(0.3))
        {
            CommonChrome.Tags(p);
        }
        if (r.Chance(0.35))
        {
            CommonChrome.TeaserBlock(p);
        }
        p.Noise(NoiseKind.Footer, r.Pick("(نهاية القصة)", "-- انتهت --", "للاشتراك في خدمة الفيديو راجع قسم المبيعات"));
    }

    private static string Clock(int seconds) => TimeSpan.FromSeconds(seconds).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture);

    private static void Soundbite(PageDraft p)
    {
        var r = p.R;
        var who = Wording.Person(r);
        p.Noise(NoiseKind.Caption, r.Next(3) switch
        {
            0 => $"مقتطف صوتي ({r.Pick("عربي", "إنجليزي")}) {who}، {r.Pick("متحدث باسم الوزارة", "مواطن", "مدير المشروع", "شاهد عيان")}:",
            1 => $"مقابلة (عربي) مع {who}",
            _ => $"SOUNDBITE (Arabic) {Wording.Latin(r)}, {r.Pick("official", "resident", "spokesman")}:",
        });
    }

    private static void Shots(PageDraft p)
    {
        var r = p.R;
        var city = r.Pick(DressingPools.Cities);
        List<string> shots = [r.Pick("اللقطات:", "القائمة:", "SHOTLIST:", "وصف اللقطات")];
        string[] what = [$"لقطة عامة لمدينة {city}", "لقطة قريبة للافتة المشروع", "مسؤولون يصلون إلى الموقع", "لقطة متوسطة للحضور", "عمال في الموقع", "لقطة جوية للمنطقة", "سيارات إسعاف عند المدخل"];
        // One list keeps one shape, its timecodes running on.
        var shape = r.Next(3);
        var clock = 0;
        foreach (var shot in what.OrderBy(_ => r.Next(100)).Take(r.Between(2, 5)))
        {
            clock += r.Between(3, 25);
            var n = shots.Count;
            shots.Add(shape switch
            {
                0 => $"{r.Number(n)}. {Clock(clock)} {shot}",
                1 => $"{r.Number(n)}- {shot}",
                _ => $"{Clock(clock)} - {shot}",
            });
        }
        p.Noise(NoiseKind.Caption, [.. shots]);
    }
}
