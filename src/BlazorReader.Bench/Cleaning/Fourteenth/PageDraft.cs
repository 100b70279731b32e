using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Fourteenth;

// A page before it is written out: the story's lines in order and the runs of furniture
// placed above, between and below them. Everything is placed first and written once, so the
// raw text, the body a reader expects and the labels cannot disagree.
internal sealed class PageDraft
{
    private readonly List<PageRun> runs;

    public PageDraft(RawArticle article, DressingPools pools, DressingRandom r)
    {
        Article = article;
        R = r;
        Title = TextReferee.Normalize(article.Title ?? "");
        Day = DateOnly.FromDateTime(article.PublishedAt ?? new DateTime(2015, 7, 21, 0, 0, 0, DateTimeKind.Utc));
        Others = new OtherStories(pools, Title, TextReferee.Normalize(article.Text));
        Sentences = pools.Sentences;
        runs = [.. TextReferee.Lines(article.Text).Select(PageRun.Story)];
        OwnText = TextReferee.Normalize(article.Text);
    }

    public RawArticle Article { get; }

    public DressingRandom R { get; }

    public string Title { get; }

    public string OwnText { get; }

    public DateOnly Day { get; }

    public OtherStories Others { get; }

    public IReadOnlyList<string> Sentences { get; }

    // A copy that carries no title field (a mail, a note) keeps its headline only in the text.
    public bool KeepsTitle { get; set; } = true;

    public IReadOnlyList<PageRun> Runs => runs;

    public int StoryCount => runs.Count(x => x.IsStory);

    public bool HasNoise => runs.Any(x => x.Noise is not null || x.Before is not null || x.After is not null);

    // Directly above the story, below what the head already holds.
    public void Head(params PageRun[] added) => runs.InsertRange(runs.FindIndex(x => x.IsStory), added);

    // At the very top of the page, above everything placed so far.
    public void Top(params PageRun[] added) => runs.InsertRange(0, added);

    // Directly below the story's last line, above what the foot already holds.
    public void Tail(params PageRun[] added) => runs.InsertRange(runs.FindLastIndex(x => x.IsStory) + 1, added);

    public void Foot(params PageRun[] added) => runs.AddRange(added);

    // Between two story lines, after any furniture already there; below the story when it has one line.
    public void Between(params PageRun[] added)
    {
        var story = StoryIndexes();
        if (story.Count < 2)
        {
            Tail(added);
            return;
        }
        var gaps = Enumerable.Range(0, story.Count - 1).Where(i => !(runs[story[i]].IsAdded && runs[story[i + 1]].IsAdded)).ToList();
        var gap = gaps.Count > 0 ? R.Pick<int>(gaps) : R.Next(story.Count - 1);
        runs.InsertRange(story[gap + 1], added);
    }

    // After the n-th story line counted from the top (the story's own added lines go here).
    public void AfterStoryLine(int n, params PageRun[] added)
    {
        var story = StoryIndexes();
        runs.InsertRange(story[Math.Clamp(n, 0, story.Count - 1)] + 1, added);
    }

    public void GlueLead(NoisePiece piece, string joiner) => Glue(StoryIndexes()[0], x => x with { Before = piece, Joiner = joiner });

    public void GlueEnd(NoisePiece piece, string joiner) => Glue(StoryIndexes()[^1], x => x with { After = piece, EndJoiner = joiner });

    // Onto a story line other than the first, where inline furniture (an alt text) lands.
    public void GlueInside(NoisePiece piece, string joiner)
    {
        var story = StoryIndexes();
        var at = story[story.Count > 1 ? R.Between(1, story.Count - 1) : 0];
        if (runs[at].Before is null)
        {
            Glue(at, x => x with { Before = piece, Joiner = joiner });
        }
    }

    public List<int> StoryIndexes() => [.. runs.Select((x, i) => (x, i)).Where(p => p.x.IsStory).Select(p => p.i)];

    private void Glue(int at, Func<PageRun, PageRun> change) => runs[at] = change(runs[at]);
}
