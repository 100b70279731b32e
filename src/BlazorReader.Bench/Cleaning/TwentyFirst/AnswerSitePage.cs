namespace BlazorReader.Bench.Cleaning.TwentyFirst;

// A community answer site where someone asked about the news and the best answer pasted the
// story: the question as the page's heading, the asker, the votes, the best-answer badge with
// the answerer's rank, the answer's cited source and similar questions.
internal static class AnswerSitePage
{
    public static void Dress(PageDraft d)
    {
        var r = d.R;
        var words = PageWords.TitleWords(d.Title, 2);
        var about = words.Count > 0 ? string.Join(" ", words) : "هذا الخبر";
        // The answer site's own head sits over the pasted story's byline.
        var question = new NoisePiece(NoiseKind.Headline, [r.Pick($"ما حقيقة خبر {about}؟", $"هل صحيح ما نُشر عن {about}؟", $"سؤال: ما تفاصيل {about}؟")]);
        var asker = new NoisePiece(NoiseKind.Byline, [$"{r.Pick("سأل", "سؤال من", "طرحه")} {DressingPools.PersonName(r)}{PageWords.Dots(r)}{r.Pick($"منذ {r.Number(r.Between(2, 11))} ساعات", PageWords.Date(r, d.Date))}"]);
        var votes = new NoisePiece(NoiseKind.Counter, [r.Pick($"▲ {r.Number(r.Between(2, 300))} ▼", $"{r.Number(r.Between(2, 300))} صوتاً{PageWords.Dots(r)}{r.Number(r.Between(1, 30))} إجابات", $"{r.Number(r.Between(100, 9000))} مشاهدة")]);
        var best = new NoisePiece(NoiseKind.Byline, [r.Pick($"✔ أفضل إجابة{PageWords.Dots(r)}{DressingPools.PersonName(r)}", $"أفضل إجابة — {DressingPools.PersonName(r)} ({r.Pick("خبير ذهبي", "مجيب نشط", "مستوى 7")}، {r.Number(r.Between(100, 20000))} نقطة)", "الإجابة المختارة من السائل")]);
        List<NoisePiece> head = r.Chance(0.6) ? [question, asker, votes, best] : [question, asker, best];
        d.Top(head);
        if (r.Chance(0.6))
        {
            var paper = d.Paper;
            d.Tail(new NoisePiece(NoiseKind.Credit, [r.Pick($"مصدر الإجابة: صحيفة {paper}", $"منقول من {paper}", $"المرجع — {paper}")]) { Credit = paper });
        }
        if (r.Chance(0.5))
        {
            d.Tail(NoiseKind.Share, r.Pick($"👍 مفيدة ({r.Number(r.Between(1, 99))}){PageWords.Dots(r)}تعليق{PageWords.Dots(r)}إبلاغ", "أضف إجابتك", "تابع السؤال · مشاركة"));
        }
        var teased = Enumerable.Range(0, r.Between(2, 3)).Select(_ => InsideChrome.OtherTitle(d)).OfType<string>().Distinct().ToList();
        if (teased.Count > 0 && r.Chance(0.7))
        {
            d.Tail(new NoisePiece(NoiseKind.Teaser, [r.Pick("أسئلة مشابهة", "أسئلة ذات صلة:"), .. teased.Select(t => t.TrimEnd().EndsWith('؟') || t.TrimEnd().EndsWith('!') ? t : $"{t}؟")]) { Teasers = teased });
        }
    }
}
