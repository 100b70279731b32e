namespace BlazorReader.Bench.Cleaning.Nineteenth;

// Readers' reaction bars and comment prompts in wordings of their own, and the send-to
// buttons under a story.
public static class ReactionBar
{
    private static readonly string[] Moods = ["😀 سعيد", "😮 مندهش", "😢 حزين", "😡 غاضب", "👍 أعجبني", "👎 لم يعجبني", "🤔 محايد", "❤️ أحببته"];

    public static void Reactions(PageSheet s)
    {
        var r = s.R;
        var moods = Moods.OrderBy(_ => r.Next(99)).Take(r.Between(2, 5)).Select(m => m + " " + r.Number(r.Between(0, 340)));
        var head = r.Pick("كيف تشعر تجاه هذا الخبر؟", "ما رأيك؟", "تفاعل مع الخبر", "شعورك بعد القراءة");
        s.Piece(NoiseKind.Counter, r.Chance(0.5) ? head + "\n" + string.Join(r.Pick(" | ", "   ", " · "), moods) : head + "\n" + string.Join('\n', moods));
    }

    public static void CommentPrompt(PageSheet s)
    {
        var r = s.R;
        var lines = new List<string>
        {
            r.Pick("شاركنا رأيك", "أضف تعليقاً", "اكتب تعليقك", "ما تعليقك على الخبر؟") + r.Pick("", " ✍", ":"),
        };
        if (r.Chance(0.6))
        {
            lines.Add(r.Pick("لا توجد تعليقات بعد. كن أول من يعلّق!", "التعليقات (" + r.Number(r.Between(0, 80)) + ")", "التعليقات تخضع للمراجعة قبل النشر"));
        }
        if (r.Chance(0.5))
        {
            lines.Add(r.Pick("الاسم *  البريد *", "اكتب هنا...", "الاسم | التعليق | إرسال", "تسجيل الدخول للتعليق"));
        }
        s.Piece(NoiseKind.Share, lines);
    }

    public static void SendTo(PageSheet s)
    {
        var r = s.R;
        string[] ways = ["واتساب", "تيليجرام", "البريد", "نسخ الرابط", "سناب", "طباعة", "X"];
        s.Piece(NoiseKind.Share, r.Pick("أرسل الخبر إلى صديق", "شارك عبر", "انشر الخبر", "مشاركة") + r.Separator(":", "|", "—")
            + string.Join(r.Pick(" · ", " | ", " ", "، "), ways.OrderBy(_ => r.Next(99)).Take(r.Between(2, 5))));
    }
}
