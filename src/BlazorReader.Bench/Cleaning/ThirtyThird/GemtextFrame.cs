namespace BlazorReader.Bench.Cleaning.ThirtyThird;

// A Gemini capsule in gemtext: «# » title, «## » capsule name, «=> gemini://…» link lines
// (other stories, the index, the feed), «```» blocks of capsule art, and the story's own
// quotations as «> » lines, which are story and stay.
internal sealed class GemtextFrame : Frame
{
    private string host = "";

    public override void Head(Page p, Story s)
    {
        var r = p.R;
        host = s.Slug() + r.Pick(".flounder.online", ".smol.pub", ".gemlog.ar", ".srht.site");
        if (r.Chance(0.35))
        {
            p.Raw("```" + r.Pick("", " شعار الكبسولة", " ascii"));
            p.Raw(r.Pick(" _   _  ___ __      __ ___", "  ╔═╗╦╔═╦ ╦╔╗ ╔═╗╦═╗", " .-. .-. .-. .-."), r.Pick(" | \\ | || __|\\ \\    / // __|", "  ╠═╣╠╩╗╠═╣╠╩╗╠═╣╠╦╝", " | | | | | | | |"));
            p.Raw("```");
        }
        if (s.Title is not null)
        {
            p.Chrome(NoiseKind.Headline, "# " + s.Title);
        }
        p.Chrome(NoiseKind.Footer, [$"## {r.Pick("كبسولة", "سجل", "مدونة")} {s.Paper}{r.Pick(" على جيميناي", "", " — نسخة جيميناي")}", $"=> gemini://{host}/ {r.Pick("🏠 الرئيسية", "العودة إلى الفهرس", "الصفحة الأولى")}"]);
    }

    public override void Chrome(Page p, NoiseKind kind, IReadOnlyList<string> lines, IReadOnlyList<string>? teasers = null, string? credit = null)
    {
        var links = teasers ?? [];
        p.Chrome(kind, lines, l => links.Any(t => l.EndsWith(t, StringComparison.Ordinal))
            ? $"=> gemini://{host}/{p.R.Pick("akhbar", "posts", "log")}/{p.R.Between(100, 999)}.gmi " + l
            : l, teasers, credit);
    }

    public override void Paragraph(Page p, Story s, string text, int index, int count)
    {
        // Only a quotation is set as a quote line: words in guillemets after «قال» or a colon.
        if (text.Contains(": «", StringComparison.Ordinal) || text.Contains(":«", StringComparison.Ordinal) || text.Contains(": \"", StringComparison.Ordinal) || text.Contains("قائلاً", StringComparison.Ordinal))
        {
            p.Para(text, p.R.Pick("> ", ">"));
        }
        else if (text.Length < 45 && !text.EndsWith('.'))
        {
            p.Para(text, "### ");
        }
        else
        {
            p.Para(text);
        }
    }

    public override void Tail(Page p, Story s)
    {
        var r = p.R;
        p.Chrome(NoiseKind.Share, $"=> gemini://{host}/atom.xml {r.Pick("اشترك عبر Atom", "الاشتراك في التغذية", "تابع السجل")}");
        if (r.Chance(0.5))
        {
            var others = s.Others(r.Between(2, 4));
            p.Chrome(NoiseKind.Teaser, [r.Pick("## تدوينات أخرى", "## آخر ما نُشر"), .. others.Select(t => $"=> gemini://{host}/log/{r.Between(100, 999)}.gmi {s.Day()} {r.Pick("— ", "")}{t}")], teasers: others);
        }
        p.Chrome(NoiseKind.Footer, $"{r.Pick("©", "")} {Story.Plain(r, s.Date.Year)} {s.Paper} {r.Pick("— يُقدَّم عبر بروتوكول جيميناي", "· capsule", "")}".Trim());
    }
}
