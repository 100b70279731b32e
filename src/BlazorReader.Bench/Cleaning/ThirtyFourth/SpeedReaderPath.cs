using System.Globalization;

namespace BlazorReader.Bench.Cleaning.ThirtyFourth;

// A speed-reading (RSVP) app's export: the app bar, words per minute and progress, the title,
// the story in chunks under «الفصل ٢ من ٥» heads, the session's summary and the reading queue.
internal sealed class SpeedReaderPath : CopyPath
{
    private int chunks;
    private int chunk = 1;
    private int every;
    private string word = "الفصل ";

    public override void Head(Sheet s)
    {
        var r = s.R;
        var n = TextReferee.Lines(s.Article.Text).Count;
        every = r.Between(1, 3);
        word = r.Pick("الفصل ", "المقطع ", "الجزء ");
        chunks = Math.Max(1, (n + every - 1) / every);
        s.Raw(r.Pick("قارئ سريع", "Spritz", "اقرأ بسرعة", "RSVP Reader") + r.Pick("", " · تصدير", " — نص الجلسة"));
        var wpm = r.Pick(250, 300, 350, 400, 500);
        s.Chrome(NoiseKind.Counter, r.Pick("كلمات في الدقيقة: ", "السرعة: ", "WPM: ") + Calendar.Digits(r, wpm.ToString(CultureInfo.InvariantCulture)) + r.Pick("", " ك/د"));
        if (r.Chance(0.6))
        {
            s.Chrome(NoiseKind.Counter, r.Pick("التقدم ", "التقدم: ", "أنجزت ") + Calendar.Digits(r, r.Between(0, 99).ToString(CultureInfo.InvariantCulture)) + "٪" + r.Pick("", " · " + Calendar.Digits(r, r.Between(1, 9).ToString(CultureInfo.InvariantCulture)) + " دقائق متبقية"));
        }
        Title(s, r.Pick("", "العنوان: ", "📖 "), "", withPaper: r.Chance(0.4));
        Head(s, 1);
    }

    private void Head(Sheet s, int at)
    {
        if (chunks > 1 || s.R.Chance(0.5))
        {
            s.Chrome(NoiseKind.Counter, word + Calendar.Digits(s.R, $"{at} من {chunks}") + s.R.Pick("", " ▸", ":"));
        }
    }

    public override void Between(Sheet s, int i)
    {
        if (i % every == 0 && chunk < chunks)
        {
            chunk++;
            Head(s, chunk);
        }
    }

    public override void Tail(Sheet s)
    {
        var r = s.R;
        s.Chrome(NoiseKind.Counter, r.Pick("انتهيت! ", "اكتملت القراءة ", "✔ ") + r.Pick("⏱ ", "المدة: ") + Calendar.Digits(r, $"{r.Between(0, 5)}:{r.Next(60):00}") + r.Pick(" دقيقة", "", " د"));
        if (PageChrome.Teasers(r, s) is { } queue && r.Chance(0.7))
        {
            s.Add(queue with { Lines = [r.Pick("التالي في قائمتك:", "في قائمة القراءة", "تابع القراءة"), .. queue.Lines.Skip(1)] });
        }
        if (r.Chance(0.4))
        {
            s.Raw(r.Pick("الإعدادات · السجل · المكتبة", "ترقية إلى بريميوم", "مشاركة التقدم"));
        }
    }
}
