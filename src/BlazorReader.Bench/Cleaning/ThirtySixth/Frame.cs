namespace BlazorReader.Bench.Cleaning.ThirtySixth;

// A copy path: how the story's text reached the scraper. A frame writes its own head (with the
// headline and the common head chrome in its slots), each story line in its markup, the chrome
// between paragraphs, posts (in its own markup when it has one) and its tail.
internal abstract class Frame
{
    // Story lines are written bare, so a line glued after a post's address reads as glued text.
    public virtual bool PlainLines => false;

    public virtual bool OwnPosts => false;

    public abstract void Head(Page p, NoisePiece headline, IReadOnlyList<NoisePiece> more);

    public virtual string Para(Page p, string prefix, string text, string suffix, int index) => prefix + text + suffix;

    // Markup round a chrome line written among the story's lines.
    public virtual string Wrap(string line) => line;

    public virtual void Post(Page p, PostDraft d)
    {
    }

    public abstract void Tail(Page p, IReadOnlyList<NoisePiece> tail);

    protected void Pieces(Page p, IEnumerable<NoisePiece> pieces)
    {
        foreach (var piece in pieces)
        {
            p.Chrome(piece, Wrap);
        }
    }

    public static Frame Pick(DressingRandom r) => r.Next(14) switch
    {
        0 => new AspNetPortal(),
        1 => new WordXml(),
        2 => new SpeechScript(),
        3 => new InstantArticle(),
        4 => new GitLog(),
        5 => new PacketBulletin(),
        6 => new DialUpReader(),
        7 => new EvernoteExport(),
        8 => new ThreadUnroller(),
        9 => new PostArchive(),
        10 => new SiteBuilder(),
        11 => new EarlyBlog(),
        12 => new EpubChapter(),
        _ => new KnowledgeVault(),
    };
}
