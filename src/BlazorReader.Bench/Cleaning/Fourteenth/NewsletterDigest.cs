using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Fourteenth;

// A paper's e-mail digest with this story as its lead item, copied out of a mail client:
// the view-in-browser line, the masthead with issue number, the item's headline, a sponsor
// slot, the rest of the issue as a list of other stories, forward-to-a-friend, the editors'
// sign-off and the unsubscribe block. A mail has no title field: the headline is in the text.
internal static class NewsletterDigest
{
    public static void Dress(PageDraft page)
    {
        var r = page.R;
        var paper = Outlets.Paper(r);
        var script = r.Chance(0.35) ? 1 : 0;
        page.KeepsTitle = r.Chance(0.3);
        var evening = r.Chance(0.4);
        var numbered = r.Chance(0.4);
        var masthead = new List<string>
        {
            r.Pick("نشرة ", "موجز ", "النشرة البريدية من ") + paper + (evening ? r.Pick(" المسائية", " الليلة") : r.Pick(" الصباحية", " اليومية", "")) + r.Separator("|", "•", "-")
                + "العدد " + Ink.Digits(r.Between(12, 980).ToString(CultureInfo.InvariantCulture), script)
                + (r.Chance(0.6) ? r.Separator("|", "•") + PageCalendar.Spoken(page.Day, r, script) : ""),
        };
        if (r.Chance(0.5))
        {
            masthead.Add((evening ? "مساء الخير، " : r.Pick("صباح الخير، ", "أهلًا بك، ")) + r.Pick("إليك أبرز ما نشرناه اليوم.", "هذه أهم قصص اليوم في دقائق.", "نبدأ عدد اليوم بهذه القصة:"));
        }
        page.Top(PageRun.Chrome(NoiseKind.Headline, masthead));
        if (r.Chance(0.6))
        {
            page.Top(PageRun.Chrome(NoiseKind.Footer, r.Pick(
                "هل تواجه مشكلة في قراءة هذه الرسالة؟ اعرضها في المتصفح",
                "اعرض هذه الرسالة في متصفحك",
                "View this email in your browser",
                "لا تظهر الرسالة بشكل صحيح؟ افتحها في المتصفح ↗")));
        }
        page.Head(PageRun.Chrome(NoiseKind.Headline, (numbered ? Ink.Digits("1", script) + r.Pick(". ", ") ") : r.Pick("", "", "القصة الرئيسية: ", "▌")) + page.Title));
        if (r.Chance(0.5))
        {
            var sponsor = r.Pick("هذه النشرة برعاية ", "برعاية: ", "— رسالة من الراعي: ", "Sponsored by ") + r.Pick("بنك", "شركة", "مجموعة", "منصة") + " " + r.Pick("الأفق", "الريادة", "النخبة", "المسار", "الواحة");
            var offer = r.Pick("احصل على ", "اكتشف ", "وفّر ") + r.Pick("عروض الصيف", "خصم ٢٠٪", "تمويلًا بلا رسوم", "باقة العائلة") + r.Pick(" — اعرف المزيد", " الآن", " لفترة محدودة");
            var slot = r.Chance(0.5) ? PageRun.Chrome(NoiseKind.Footer, sponsor, offer) : PageRun.Chrome(NoiseKind.Footer, sponsor);
            if (r.Chance(0.5))
            {
                page.Between(slot);
            }
            else
            {
                page.Tail(slot);
            }
        }
        var titles = page.Others.Titles(r, r.Between(2, 5));
        if (titles.Count > 0)
        {
            var mark = r.Pick("• ", "- ", "▪ ", "");
            var lines = new List<string> { r.Pick("أيضًا في عدد اليوم:", "في هذا العدد كذلك", "أبرز العناوين الأخرى", "لا تفوّت") };
            lines.AddRange(titles.Select((t, i) => (numbered ? Ink.Digits((i + 2).ToString(CultureInfo.InvariantCulture), script) + ". " : mark) + t
                + (r.Chance(0.4) ? r.Pick(" — اقرأ المزيد", " ←", " (٣ دقائق قراءة)") : "")));
            page.Foot(PageRun.Naming(NoiseKind.Teaser, lines, titles));
        }
        if (r.Chance(0.5))
        {
            page.Foot(PageRun.Chrome(NoiseKind.Share, r.Pick(
                "أعجبتك النشرة؟ أرسلها إلى صديق", "هل وصلتك هذه الرسالة من صديق؟ اشترك من هنا", "شارك النشرة مع زملائك", "Forward to a friend")));
        }
        if (r.Chance(0.55))
        {
            page.Foot(PageRun.Chrome(NoiseKind.Signature, r.Pick("إلى اللقاء في عدد الغد،", "نلقاكم غدًا،", "دمتم بخير،", "مع تحيات"), r.Pick("فريق تحرير ", "أسرة ", "فريق النشرة في ") + paper));
        }
        page.Foot(PageRun.Chrome(NoiseKind.Footer, Unsubscribe(r, paper, script)));
    }

    private static List<string> Unsubscribe(DressingRandom r, string paper, int script)
    {
        var lines = new List<string>
        {
            r.Pick("تلقيت هذه الرسالة لأنك مشترك في نشرة ", "وصلتك هذه الرسالة لأنك سجلت في ", "You are receiving this email because you subscribed to ") + paper + ".",
            string.Join(r.Pick(" | ", " · ", "  "), Several.Of(r, 0.7, "إلغاء الاشتراك", "تحديث التفضيلات", "سياسة الخصوصية", "Unsubscribe")),
        };
        if (r.Chance(0.5))
        {
            lines.Add(Ink.Digits("ص.ب " + r.Between(1000, 99999) + " " + r.Pick("الرياض", "جدة", "الدمام", "مكة المكرمة", "أبها", "تبوك") + " " + r.Between(11000, 11999), script));
        }
        return lines;
    }
}
