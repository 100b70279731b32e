namespace BlazorReader.Bench.Cleaning.TwentySixth;

// Highlight-to-share popups and quote cards left in the copy: the selected sentence repeated
// with «شارك الاقتباس» and «تغريد هذا المقطع», the card's own credit line, the share bar.
internal static class QuoteShare
{
    public static void Dress(PageDraft p)
    {
        var r = p.R;
        var at = r.Next(p.Paragraphs.Count);
        // The reader highlights a sentence, not a whole paragraph: the popup repeats the first one.
        var line = DressingPools.LeadSentence(p.Paragraphs[at]);
        var buttons = r.Pick("شارك الاقتباس  |  تغريد هذا المقطع", "🐦 تغريد هذا المقطع · 📋 نسخ", "شارك هذه الجملة على: X  فيسبوك  واتساب", "اقتبس ✎  غرّد ↗");
        var popup = new Chunk([line, buttons], [new NoisePiece(NoiseKind.Repeat, [line]), new NoisePiece(NoiseKind.Share, [buttons])]);
        p.After(at, popup);
        if (r.Chance(0.5))
        {
            var card = $"«{TextReferee.Normalize(p.Article.Title!)}» — {StoryChrome.Site(r)}";
            var label = r.Pick("بطاقة اقتباس:", "حمّل بطاقة الاقتباس ⬇");
            p.Tail(new Chunk([label, card], [new NoisePiece(NoiseKind.Share, [label]), new NoisePiece(NoiseKind.Headline, [card])]));
        }
        p.Tail(Chunk.Noise(NoiseKind.Share, r.Pick("حدّد أي نص لمشاركته", "نصيحة: ظلّل جملة لتغرّد بها مباشرة", "انسخ • غرّد • أرسل")));
        if (r.Chance(0.4))
        {
            p.Inside(Chunk.Own($"وأعاد {r.Pick("آلاف المستخدمين", "عدد من المغردين", "ناشطون")} نشر عبارة {r.Pick("«الوطن أولاً»", "«معاً نبني»", "«شكراً أبطال الصحة»")} التي وردت في كلمة {r.Pick("الأمير", "الوزير", "المدرب")}."));
        }
    }
}
