namespace BlazorReader.Bench.Cleaning.ThirtySecond;

// A copy path the story reached the scraper by: the app's or format's head, how it writes a
// story line (markup round it), what it puts between lines, and its tail. Frame furniture no
// paper prints is labelled Footer (the page's own chrome) unless a nearer kind names it.
internal abstract class Frame
{
    public abstract void Head(Page p);

    public virtual string Wrap(Page p, StoryLine line, int index) => line.Text;

    // What the frame prints right over the story's first line (a speaker cue, an output cell).
    public virtual void BeforeStory(Page p)
    {
    }

    public virtual void Between(Page p, int index)
    {
    }

    public abstract void Tail(Page p, IReadOnlyList<StoryLine> story);

    protected static string Slug(DressingRandom r) =>
        r.Pick("riyadh", "jeddah", "oil", "school", "weather", "council", "health", "traffic", "budget") + "-" + r.Pick("plan", "update", "report", "deal", "alert") + r.Pick("", "-" + Dates.N(r.Between(2, 99)));
}
