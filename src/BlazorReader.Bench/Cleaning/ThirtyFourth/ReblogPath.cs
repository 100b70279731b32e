using System.Globalization;

namespace BlazorReader.Bench.Cleaning.ThirtyFourth;

// A Tumblr-like reblog chain: the dashboard's bar, «فلان أعاد التدوين من علان», the first
// poster's name over the story they quoted, «المصدر: …», the rebloggers' own comments under it
// (each a signed remark of theirs, not the story), «#وسم» lines, the notes count and
// «مُعاد التدوين من …» rows, then other posts of the dashboard.
internal sealed class ReblogPath : CopyPath
{
    private readonly List<string> users = [];

    public override void Head(Sheet s)
    {
        var r = s.R;
        for (var i = 0; i < 4; i++)
        {
            users.Add(r.Letters(r.Between(4, 8), "abcdefghijklmnopqrstuvwxyz") + r.Pick("", "", "-news", "_ksa", "-blog", r.Between(1, 99).ToString(CultureInfo.InvariantCulture)));
        }
        s.Raw(r.Pick("لوحة التحكم", "Dashboard", "الرئيسية") + r.Pick(" · ", "   ") + r.Pick("استكشاف", "Explore") + r.Pick(" · ", "   ") + r.Pick("الرسائل", "Inbox"));
        s.Chrome(NoiseKind.Share, users[0] + r.Pick(" أعاد التدوين من ", " أعاد تدوين هذا من ", " reblogged from ") + users[1]);
        if (r.Chance(0.5))
        {
            s.Chrome(NoiseKind.Signature, users[0] + r.Pick(":", "") + " " + r.Pick("مهم جداً 👇", "انشروا يا جماعة", "خبر يستحق القراءة", "😮😮"));
        }
        s.Raw(users[2] + r.Pick(":", "", " كتب:"));
        if (r.Chance(0.6))
        {
            Title(s, r.Pick("", "📰 ", "**"), r.Pick("", "**", ""));
        }
    }

    public override void Tail(Sheet s)
    {
        var r = s.R;
        if (r.Chance(0.6))
        {
            var credit = StoryChrome.Paper(r);
            s.Add(new NoisePiece(NoiseKind.Credit, [r.Pick("المصدر: ", "المصدر : ", "Source: ") + credit]) { Credit = credit });
        }
        foreach (var user in users.Skip(1).Take(r.Between(1, 2)))
        {
            s.Raw(user + r.Pick(":", ""));
            s.Chrome(NoiseKind.Signature, r.Pick("الله يستر", "لا حول ولا قوة إلا بالله", "أخيراً!", "هذا اللي كنا ننتظره", "يا حظهم") + r.Pick(" 😢", " 👏", "", "!!"));
        }
        s.Add(PageChrome.Tags(r, s) is var t && t.Lines[0].StartsWith('#') ? t : new NoisePiece(NoiseKind.Tags, ["#" + r.Pick("أخبار", "السعودية", "عاجل") + " #" + r.Pick("news", "ksa", "محليات")]));
        s.Chrome(NoiseKind.Counter, r.Number(r.Between(3, 40000)) + r.Pick(" ملاحظة", " ملاحظات", " notes"));
        var lines = users.Skip(1).Take(r.Between(1, 3)).Select(u => r.Pick("مُعاد التدوين من ", "مُعاد التدوين من ", "أعجب بهذا ") + u).ToArray();
        s.Chrome(NoiseKind.Share, lines);
        if (PageChrome.Teasers(r, s) is { } dash && r.Chance(0.7))
        {
            s.Add(dash with { Lines = [r.Pick("منشورات أخرى", "من لوحة التحكم", "قد يعجبك أيضاً"), .. dash.Lines.Skip(1)] });
        }
        if (r.Chance(0.4))
        {
            s.Add(PageChrome.Footer(r));
        }
    }
}
