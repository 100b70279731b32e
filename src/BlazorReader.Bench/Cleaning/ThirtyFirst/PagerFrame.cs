namespace BlazorReader.Bench.Cleaning.ThirtyFirst;

// The story read in a terminal pager and copied out of the terminal: a prompt and command,
// «--More--(45%)» and «:» prompts where the screen filled, «(END)», the prompt again.
// Chrome lines are folded at the terminal's width; the story's paragraphs come out whole,
// as a terminal's soft wrap copies them.
internal sealed class PagerFrame(DressingRandom r) : IFrame
{
    private readonly string user = r.Pick("editor", "desk", "محرر", "news", "ops");
    private readonly string tool = r.Pick("less", "more", "most");
    private int shown;

    public bool FixedWidth => true;

    private string Prompt() => user + "@" + r.Pick("newsroom", "archive", "feed01") + ":~/" + r.Pick("stories", "wire", "in") + r.Pick("$ ", "$ ", "# ", "% ");

    public void Head(Page p, Story s)
    {
        var file = Words.Slug(r) + r.Pick(".txt", ".utf8", "");
        if (r.Chance(0.4))
        {
            p.Raw(Prompt() + r.Pick("ls -lh", "ls", "curl -s " + s.Url + " | html2text > " + file));
        }
        p.Raw(Prompt() + tool + " " + (tool == "less" ? r.Pick("", "-R ", "-S ") : "") + file);
        if (r.Chance(0.3))
        {
            p.Raw(r.Pick("\"" + file + "\" may be a binary file.  See it anyway? y", "=== " + file + " ==="));
        }
    }

    public void Between(Page p, Story s, int paragraph)
    {
        if (r.Chance(0.3))
        {
            shown = Math.Min(97, shown + r.Between(12, 40));
            p.Raw(tool == "less"
                ? r.Pick(":", "lines " + r.Between(20, 60) + "-" + r.Between(61, 120) + "/" + r.Between(121, 300) + " " + shown + "%", "byte " + r.Between(1000, 9000) + " " + shown + "%")
                : "--More--(" + shown + "%)");
        }
    }

    public void Tail(Page p, Story s)
    {
        p.Raw(tool == "less" ? r.Pick("(END)", "(END) - Next: ", ":") : "--More--(100%)");
        p.Raw(Prompt() + r.Pick("", "", "clear", "exit", "wc -w " + Words.Slug(r)));
        if (r.Chance(0.3))
        {
            p.Raw(r.Pick("logout", "Connection to " + r.Pick("archive", "newsroom") + " closed."));
        }
    }
}
