namespace BlazorReader.Bench.Cleaning.ThirtySecond;

// A mailing-list archive: a message forwarding the story under «من/التاريخ/الموضوع» headers,
// then replies that quote it with «> » and «>> » under «في … كتب فلان:», a «-- » signature and
// the list's footer. The story is expected once; every quoted copy is a repeat.
internal sealed class MailingListFrame : Frame
{
    private static string Mail(DressingRandom r) => r.Letters(r.Between(3, 8), "abcdefghijklmnopqrstuvwxyz") + r.Pick(".", "_", "") + r.Letters(r.Between(2, 5), "abcdefghijklmnopqrstuvwxyz") + "@" + r.Pick("gmail.com", "hotmail.com", "lists.news-sa.org", "yahoo.com");

    public override void Head(Page p)
    {
        var r = p.R;
        p.Chrome(NoiseKind.Footer, r.Pick("أرشيف قائمة", "[أخبار-المنطقة]", "Archive") + r.Pick(" أخبار-المنطقة", " news-sa", "") + r.Pick(" — يوليو ٢٠١٥", " · رسائل الموضوع", " | الفهرس حسب الموضوع"));
        var from = $"{r.Pick("من", "From", "المرسل")}: {StoryHeadChrome.Name(r)} <{Mail(r)}>";
        var date = $"{r.Pick("التاريخ", "Date", "أُرسلت")}: {Dates.Weekday(p.Day)}، {Dates.Gregorian(r, p.Day)} {Dates.Time(r)}";
        var subject = $"{r.Pick("الموضوع", "Subject")}: {r.Pick("Fwd: ", "إعادة توجيه: ", "[أخبار] ", "")}{p.Title ?? r.Pick("خبر للنقاش", "للاطلاع")}";
        var heads = new List<(NoiseKind, string)> { (NoiseKind.Byline, from), (NoiseKind.Dateline, date), (NoiseKind.Headline, subject) };
        foreach (var (kind, line) in heads.OrderBy(_ => r.Next(10)))
        {
            p.Chrome(kind, line);
        }
        if (r.Chance(0.5))
        {
            p.Chrome(NoiseKind.Footer, $"{r.Pick("إلى", "To")}: {r.Pick("news-sa", "akhbar-list", "almontada")}@lists.{r.Pick("news-sa.org", "arabnet.org")}");
        }
        p.Chrome(NoiseKind.Footer, r.Pick("---------- الرسالة المعاد توجيهها ----------", "-------- Forwarded message --------", "—— رسالة محوّلة ——"));
    }

    public override void Tail(Page p, IReadOnlyList<StoryLine> story)
    {
        var r = p.R;
        p.Write("-- ");
        p.Chrome(NoiseKind.Signature, StoryHeadChrome.Name(r), r.Pick("مشرف القائمة", "مهتم بالشأن المحلي", Mail(r)));
        var quoted = story.Where(s => s.Role == LineRole.Own).Take(r.Between(1, 3)).ToList();
        for (var depth = 1; depth <= r.Between(1, 2); depth++)
        {
            var who = StoryHeadChrome.Name(r, false);
            p.Chrome(NoiseKind.Headline, $"{r.Pick("Re: ", "رد: ")}{p.Title ?? "الخبر"}");
            if (depth == 2)
            {
                p.Chrome(NoiseKind.Footer, r.Pick("أتفق معك، والمهم التنفيذ.", "نعم، وهذا ما ذكرته الصحف أمس أيضاً.", "شكراً للتوضيح."));
            }
            else
            {
                p.Chrome(NoiseKind.Footer, r.Pick("شكراً على النقل، خبر يستحق المتابعة.", "هل من تفاصيل أكثر عن موعد التنفيذ؟", "نقلٌ مفيد، جزاك الله خيراً."));
            }
            var day = Dates.Digits(r, $"{Dates.N(p.Day.Day)} {Dates.Months[p.Day.Month - 1]} {Dates.N(p.Day.Year)}", r.Chance(0.6));
            p.Chrome(NoiseKind.Byline, r.Pick($"في {day} كتب {who}:", $"في {day}، الساعة {Dates.Time(r)}، كتب {who} <{Mail(r)}>:", $"On {Dates.Latin(r, p.Day)}, {who} wrote:"));
            var mark = depth == 1 ? "> " : r.Pick(">> ", "> > ");
            foreach (var q in quoted)
            {
                p.Chrome(NoiseKind.Repeat, mark + q.Text);
            }
        }
        p.Chrome(NoiseKind.Footer, r.Pick("_______________________________________________", "———"), $"{r.Pick("قائمة", "قائمة")} {r.Pick("أخبار-المنطقة", "news-sa")} {r.Pick("البريدية", "")}".Trim());
        p.Chrome(NoiseKind.Footer, r.Pick("لإلغاء الاشتراك أرسل رسالة فارغة إلى ", "لإلغاء الاشتراك: ", "للإلغاء زوروا ") + r.Pick("news-sa-leave@lists.news-sa.org", "https://lists.news-sa.org/unsubscribe"));
        if (p.OtherStory() is { } next)
        {
            p.Piece(new NoisePiece(NoiseKind.Teaser, [$"{r.Pick("الرسالة التالية", "الموضوع التالي", "Next message")}: {next}"]) { Teasers = [next] });
        }
    }
}
