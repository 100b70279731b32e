namespace BlazorReader.Bench.Cleaning.Fifteenth;

// The article as a family group forwarded it, saved from a chat app's «export chat»: each
// message opens with its time and sender, the first of them glued to the story's lines; the
// group's system notices, deleted messages, omitted media and replies around it.
internal static class ChatExport
{
    private static readonly string[] Senders = ["أبو فهد", "أم سعد", "خالد العمري", "Abu Nasser", "م. سلطان", "أبو محمد 🌴", "نورة", "+966 5X XXX XXXX"];

    public static void Dress(PageDraft page, DressingRandom r, StorySubject subject)
    {
        var telegram = r.Chance(0.3);
        var minute = r.Between(0, 1300);
        var date = PageWords.Day(r, page.Article.PublishedAt);
        var sender = r.Pick(Senders);
        var (phone, indic) = (r.Chance(0.5), r.Chance(0.5));
        string Stamp(string who)
        {
            minute += r.Between(0, 3);
            var (h, m) = (minute / 60 % 24, minute % 60);
            if (telegram)
            {
                return PageWords.Digits(r, $"{who}, [{date.Day:00}.{date.Month:00}.{date.Year % 100:00} {h:00}:{m:00}]", false);
            }
            var clock = $"{(h % 12 == 0 ? 12 : h % 12)}:{m:00}";
            // One export writes every line one way: the phone's format, its digits.
            return phone
                ? $"[{PageWords.Digits(r, $"{date.Day}/{date.Month}/{date.Year}، {clock}", indic)} {(h < 12 ? "ص" : "م")}] {who}:"
                : $"{date.Day}/{date.Month}/{date.Year % 100}, {clock} {(h < 12 ? "AM" : "PM")} - {who}:";
        }
        if (!telegram && r.Chance(0.5))
        {
            page.Add(Zone.Head, NoiseKind.Footer, [r.Pick("الرسائل والمكالمات مشفرة تماماً بين الطرفين. لا يمكن لأحد خارج هذه الدردشة قراءتها أو الاستماع إليها.", $"{date.Day}/{date.Month}/{date.Year % 100}, 9:0{r.Between(0, 9)} AM - {r.Pick(Senders)} أضاف {r.Pick(Senders)}")]);
        }
        if (r.Chance(0.4))
        {
            page.Add(Zone.Head, NoiseKind.Footer, [$"{Stamp(r.Pick(Senders))} {r.Pick("<تم حذف هذه الرسالة>", "تم حذف هذه الرسالة", "This message was deleted")}"]);
        }
        if (r.Chance(0.5))
        {
            page.Add(Zone.Head, NoiseKind.Caption, [$"{Stamp(sender)} {r.Pick("<الوسائط غير مضمنة>", "الوسائط غير مضمنة", "<Media omitted>", "[ Photo ]", "IMG-20261205-WA0012.jpg (الملف مرفق)")}"]);
        }
        if (r.Chance(0.5))
        {
            page.Add(Zone.Head, NoiseKind.Share, [telegram ? $"[Forwarded from {r.Pick("قناة الإخبارية العاجلة", "أخبار المنطقة الشرقية", "Saudi News AR")}]" : $"{Stamp(sender)} {r.Pick("‎تمت إعادة التوجيه", "تمت إعادة توجيه هذه الرسالة كثيراً", "Forwarded")}"]);
        }
        var first = Stamp(sender);
        if (r.Chance(0.5) && page.Article.Title is { } title)
        {
            page.Add(Zone.Top, NoiseKind.Headline, [$"{first} {(r.Chance(0.4) ? $"*{title}*" : r.Pick("", "📰 ") + title)}"]);
        }
        else
        {
            page.Glue(NoiseKind.Byline, first, onFirst: true);
        }
        if (page.SourceLines.Count > 2 && r.Chance(0.5))
        {
            // A long story split over messages: a later paragraph opens a new one.
            page.GlueOn(r.Between(1, page.SourceLines.Count - 1), NoiseKind.Byline, Stamp(sender), before: true);
        }
        if (r.Chance(0.55))
        {
            page.Add(Zone.Tail, NoiseKind.MoreLink, [r.Pick("", "التفاصيل: ", "للمزيد: ", "🔗 ") + PageWords.Url(r)]);
        }
        if (r.Chance(0.35))
        {
            page.Add(Zone.Tail, NoiseKind.Signature, [r.Pick("منقول", "منقول للفائدة", "— منقول —", "منقول من مجموعة أخبار الحي")]);
        }
        if (r.Chance(0.6))
        {
            var replies = subject.Grief
                ? new[] { "إنا لله وإنا إليه راجعون", "رحمهم الله وغفر لهم", "الله يصبر أهاليهم", "لا حول ولا قوة إلا بالله" }
                : ["الله يعطيهم العافية", "👍👍", "شكراً على النقل", "خبر طيب", "متى يبدأ التطبيق؟", "جزاك الله خير"];
            page.Add(Zone.Footer, NoiseKind.Footer, [.. replies.OrderBy(_ => r.Next(50)).Take(r.Between(1, 3)).Select(t => $"{Stamp(r.Pick(Senders))} {t}")]);
        }
    }
}
