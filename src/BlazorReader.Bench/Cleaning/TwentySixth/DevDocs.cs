namespace BlazorReader.Bench.Cleaning.TwentySixth;

// An Arabic tech blog or developer-docs site carrying the news: version badges, contributors,
// a code block with its line numbers and «نسخ الشيفرة», «تعديل هذه الصفحة», previous and next
// pages. Code a story prints would be its own; these snippets are the site's sample boxes.
internal static class DevDocs
{
    public static void Dress(PageDraft p)
    {
        var r = p.R;
        p.Head(Chunk.Noise(NoiseKind.Tags, r.Pick(
            $"v{r.Between(1, 4)}.{r.Between(0, 12)}.{r.Between(0, 9)}  ·  مستقر  ·  MIT",
            $"[أخبار التقنية] [{r.Pick("واجهات برمجية", "أمن المعلومات", "الحوسبة السحابية")}] [مبتدئ]",
            $"الإصدار {Stamps.Digits(r, $"{r.Between(1, 4)}.{r.Between(0, 9)}")} — latest")));
        if (r.Chance(0.6))
        {
            p.Head(Chunk.Noise(NoiseKind.Byline, $"المساهمون: {r.Pick(DressingPools.LatinFirst).ToLowerInvariant()}{r.Between(1, 99)}، {Names.Person(r)} و{r.Number(r.Between(2, 12))} آخرون"));
        }
        if (r.Chance(0.6))
        {
            p.Inside(CodeBox(r));
        }
        p.Tail(Chunk.Noise(NoiseKind.Footer, r.Pick("✎ تعديل هذه الصفحة على GitHub", "هل كانت هذه الصفحة مفيدة؟ 👍 👎", "وجدت خطأ؟ افتح مشكلة جديدة")));
        if (r.Chance(0.5))
        {
            p.Tail(Chunk.Noise(NoiseKind.Dateline, $"آخر تعديل: {Stamps.Date(r, Stamps.DayOf(r, p.Article))} بواسطة {r.Pick(DressingPools.LatinFirst).ToLowerInvariant()}_{r.Letters(3, "abcdefgh")}"));
        }
        if (r.Chance(0.5) && Teasers.Several(p, 2) is [var previous, var next])
        {
            string[] lines = [$"« السابق: {previous}", $"التالي: {next} »"];
            p.Tail(new Chunk(lines, [new NoisePiece(NoiseKind.Teaser, lines) { Teasers = [previous, next] }]));
        }
        if (r.Chance(0.3))
        {
            p.Inside(Chunk.Own(r.Pick(
                "وأوضحت الشركة أن التحديث يسد ثغرة أمنية وينصح المستخدمين بتثبيته فوراً.",
                "الخطوة الأولى: افتح الإعدادات ثم اختر «الخصوصية».",
                "وتدعم المنصة اللغة العربية كاملة، بما في ذلك الكتابة من اليمين إلى اليسار.")));
        }
    }

    private static Chunk CodeBox(DressingRandom r)
    {
        string[] code = r.Next(3) switch
        {
            0 => ["```bash", "npm install news-sdk@latest", "```"],
            1 => ["1  const client = new NewsClient({ lang: 'ar' });", "2  await client.fetch('latest');"],
            _ => ["$ curl -H \"Accept-Language: ar\" https://api.example.sa/v1/news", "{ \"status\": \"ok\" }"],
        };
        string[] lines = [.. code, r.Pick("📋 نسخ الشيفرة", "نسخ الشيفرة ✓ تم النسخ", "Copy")];
        return new Chunk(lines, [new NoisePiece(NoiseKind.Footer, code), new NoisePiece(NoiseKind.Share, [lines[^1]])]);
    }
}
