using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Cleaning;

// One line of the article as it moves through the pipeline. Line is its zero-based number in
// the decoded raw text; a rebuilt tweet keeps the number of its first line.
internal sealed class SourceLine(string text, int line)
{
    public string Text { get; set; } = text;
    public int Line { get; } = line;
    public ContentBlock? Tweet { get; set; }
}

// What the steps share: the lines still counted as body, and everything taken out of them.
internal sealed class CleaningContext(RawArticle raw, LearnedBoilerplate? boilerplate)
{
    public RawArticle Raw { get; } = raw;

    // The title field without the site's name a page's title carries («… | الوئام»).
    public string? GivenTitle { get; } = raw.Title is { } t ? TitleSiteName.Strip(LineSplitter.Normalize(t)) : null;
    public LearnedBoilerplate? Boilerplate { get; } = boilerplate;
    public KnownStories? Known { get; init; }
    public ChromeLineModel? LineModel { get; init; }
    public List<SourceLine> Lines { get; set; } = [];
    public List<RemovedFragment> Removed { get; } = [];
    public List<Teaser> Teasers { get; } = [];
    public string? Byline { get; set; }
    public string? Dateline { get; set; }
    public string? Attribution { get; set; }
    public string Title { get; set; } = "";
    public bool TitleDerived { get; set; }
    public DateOnly? PublishedAt { get; set; }
    public bool PublishedAtInferred { get; set; }
    public List<DateOnly> DateEvidence { get; } = [];
    public List<ContentBlock> Blocks { get; } = [];
    public List<string> Doubts { get; } = [];

    public void Remove(SourceLine line, string reason)
    {
        Removed.Add(new RemovedFragment(line.Text, reason, line.Line));
        Lines.Remove(line);
    }

    // A source's markup taken off a line: it keeps `words`, what came off noted as markup; with
    // nothing readable left the line goes.
    public void KeepWords(SourceLine line, string words)
    {
        if (!MarkupDebris.HasText(words))
        {
            Remove(line, "markup");
            return;
        }
        if (words != line.Text)
        {
            Removed.Add(new(line.Text.Replace(words, "…", StringComparison.Ordinal), "markup", line.Line));
            line.Text = words;
        }
    }

    // Whether something (of a kind, if asked) was taken out between two lines of the raw text.
    public bool RemovedBetween(int above, int below, Func<RemovedFragment, bool>? what = null) =>
        Removed.Exists(r => r.Line > above && r.Line < below && (what is null || what(r)));

    // A header of other stories («أخبار ذات صلة») taken out between two lines: what it heads is below it.
    public bool HeaderTakenBetween(int above, int below) => RemovedBetween(above, below, IsTakenHeader);

    public static bool IsTakenHeader(RemovedFragment r) => r.Reason == "read-also" && OtherStoriesHeader.IsHeader(r.Text);

    public void RemoveWhere(Func<SourceLine, string?> reasonOf)
    {
        foreach (var line in Lines.ToList())
        {
            if (line.Tweet is null && reasonOf(line) is { } reason)
            {
                Remove(line, reason);
            }
        }
    }
}

internal interface ICleaningStep
{
    void Apply(CleaningContext context);
}
