namespace BlazorReader.Bench.Cleaning.ThirtyFifth;

// A copy path the story reached the scraper by: its head (the app's or format's furniture
// above the story), what it writes between paragraphs, how it wraps a story line, its tail.
internal abstract class Frame
{
    // Formats that would have to escape a story's characters do not fit that story: an
    // escaped paragraph is no longer the paragraph a reader expects back whole.
    public virtual bool Fits(Story s) => true;

    public virtual double PostRate => 0.33;

    // Whether a post may be written in the frame's own markup (element, string, entry).
    public virtual bool MarkupPosts => false;

    public virtual string Wrap(string line) => line;

    public abstract void Head(PageWriter w, Story s);

    public abstract void Tail(PageWriter w, Story s);

    // Between two story items: captions, «اقرأ أيضاً», share lines, as the frame wraps them.
    public virtual void Gap(PageWriter w, Story s, int index)
    {
        var r = w.R;
        if (!r.Chance(0.2))
        {
            return;
        }
        switch (r.Next(5))
        {
            case 0:
            case 1:
                w.Chrome(NoiseKind.Caption, Wrap, [TailWordings.Caption(r, s)]);
                break;
            case 2:
                ListedStories.ReadAlsoInline(w, s, Wrap);
                break;
            case 3:
                ListedStories.ReadAlsoBlock(w, s, Wrap);
                break;
            default:
                w.Chrome(NoiseKind.Share, Wrap, [TailWordings.Share(r)]);
                break;
        }
    }

    // A few of the common tail pieces in an order of the page's own; each frame adds its own.
    protected static void CommonTail(PageWriter w, Story s, Func<string, string> wrap, int count)
    {
        var r = w.R;
        var kinds = new List<int> { 0, 1, 2, 3, 4, 5, 6 }.OrderBy(_ => r.Next(100)).Take(count);
        foreach (var k in kinds)
        {
            switch (k)
            {
                case 0: w.Chrome(NoiseKind.Signature, wrap, [TailWordings.Signature(r, s)]); break;
                case 1: w.Chrome(NoiseKind.Tags, wrap, [TailWordings.Tags(r, s)]); break;
                case 2: w.Chrome(NoiseKind.Share, wrap, [TailWordings.Share(r)]); break;
                case 3: ListedStories.TeaserBlock(w, s, wrap); break;
                case 4: w.Chrome(NoiseKind.Footer, wrap, [TailWordings.Footer(r, s)]); break;
                case 5: w.Chrome(NoiseKind.Counter, wrap, [TailWordings.Counter(r)]); break;
                default:
                    var credit = HeadWordings.Credit(r, s, out var source);
                    w.Chrome(NoiseKind.Credit, wrap, [credit], credit: source);
                    break;
            }
        }
    }
}
