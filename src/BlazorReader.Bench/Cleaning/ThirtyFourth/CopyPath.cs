namespace BlazorReader.Bench.Cleaning.ThirtyFourth;

// One way the story's text reached the scraper: the format's head (app bar, headers, front
// matter), what it writes between paragraphs, and its tail (comments, other items, footer).
// Open sets the per-line markup of the story part and Close takes it off.
internal abstract class CopyPath
{
    public abstract void Head(Sheet s);

    public virtual void Open(Sheet s)
    {
    }

    // Before paragraph i (never the first): a chunk head, a cell bar, a comment.
    public virtual void Between(Sheet s, int i)
    {
    }

    // Markup a path writes round paragraph i itself (a link whose shown text is the line).
    public virtual (string Before, string After) Around(Sheet s, int i) => ("", "");

    public virtual void Close(Sheet s)
    {
        s.Prefix = "";
        s.Suffix = "";
    }

    public abstract void Tail(Sheet s);

    // A title line the path prints in its own markup, labelled as the headline.
    protected static void Title(Sheet s, string before, string after, bool withPaper = false)
    {
        var title = TextReferee.Normalize(s.Article.Title ?? StoryChrome.Paper(s.R));
        var line = withPaper ? StoryChrome.Headline(s.R, s).Lines[0] : title;
        s.Lines.Add(before + line + after);
        s.Noise.Add(new NoisePiece(NoiseKind.Headline, [before + line + after]));
    }

    protected static void Maybe(Sheet s, double p, NoisePiece? piece)
    {
        if (piece is not null && s.R.Chance(p))
        {
            s.Add(piece);
        }
    }

    protected static string Slug(DressingRandom r) => r.Pick("news", "local", "article", "akhbar", "economy") + "/" + r.Between(10000, 999999);

    protected static string Host(DressingRandom r) => r.Pick("www.", "", "m.") + r.Pick("alriyadh", "okaz", "almadina", "alyaum", "sabq", "alweeam", "al-jazirah") + r.Pick(".com", ".com.sa", ".net", ".org");
}
