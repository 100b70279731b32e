namespace BlazorReader.Bench.Cleaning.ThirtySecond;

// A Discord-like community server: server and channel names, the poster's name with a role
// badge and «اليوم عند ١٠:٢٢», the story pasted as the message, «(تم التعديل)», reactions, a
// news bot's embed of another story, other members' messages and the input box.
internal sealed class CommunityServerFrame : Frame
{
    private static readonly string[] Emoji = ["👍", "❤️", "😮", "😢", "🔥", "👏"];

    private string channel = "";

    public override void Head(Page p)
    {
        var r = p.R;
        channel = r.Pick("الأخبار", "أخبار-عاجلة", "نقاش-الأخبار", "محليات");
        p.Chrome(NoiseKind.Footer, r.Pick("مجتمع أخبار المنطقة", "خادم أخبار الخليج", "سيرفر المتابعين"), $"#{r.Pick(" ", "")}{channel}");
        if (r.Chance(0.4))
        {
            p.Chrome(NoiseKind.Footer, r.Pick("📌 الرسائل المثبتة", "موضوع القناة: الأخبار فقط، النقاش في #نقاش", "مرحباً بك في بداية #" + channel));
        }
        var role = r.Pick("مشرف", "ناقل أخبار", "MOD", "عضو مميز");
        var when = r.Pick($"اليوم عند {Dates.Time(r)}", $"أمس عند {Dates.Time(r)}", $"{Dates.Gregorian(r, p.Day)} {Dates.Time(r)}");
        p.Chrome(NoiseKind.Byline, r.Chance(0.5) ? [$"{StoryHeadChrome.Name(r)} {role} — {when}"] : [$"{StoryHeadChrome.Name(r)}{r.Pick(" ", " 🛡 ")}{role}", when]);
    }

    public override void Between(Page p, int index)
    {
        if (p.R.Chance(0.5))
        {
            p.Chrome(NoiseKind.Footer, p.R.Pick("(تم التعديل)", "(edited)", "(معدّلة)"));
        }
    }

    public override void Tail(Page p, IReadOnlyList<StoryLine> story)
    {
        var r = p.R;
        var reactions = Emoji.OrderBy(_ => r.Next(9)).Take(r.Between(1, 4)).Select(e => $"{e} {r.Number(r.Between(1, 60))}");
        p.Chrome(NoiseKind.Counter, string.Join(r.Pick("  ", " ", " · "), reactions));
        if (p.OtherStory(r.Chance(0.3)) is { } other)
        {
            p.Piece(new NoisePiece(NoiseKind.Teaser, [$"{r.Pick("بوت الأخبار", "NewsBot", "مُجمّع الأخبار")} {r.Pick("BOT", "بوت", "APP")} — {r.Pick("اليوم عند ", "")}{Dates.Time(r)}", other]) { Teasers = [other] });
        }
        p.Chrome(NoiseKind.Footer, $"{StoryHeadChrome.Name(r)} — {r.Pick("اليوم عند ", "")}{Dates.Time(r)}", r.Pick("شكراً على النقل 🙏", "متى يبدأ التطبيق؟", "الخبر نفسه في قناة المحليات", "@الجميع تابعوا التحديثات"));
        p.Chrome(NoiseKind.Footer, r.Pick($"إرسال رسالة إلى #{channel}", $"Message #{channel}", "اكتب رسالة…"));
    }
}
