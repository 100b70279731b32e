using System.Globalization;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.ThirtySixth;

// One page being written: its raw lines, what a reader calls the story (body) and what they
// call chrome (noise), and the facts the chrome is made of (paper, title, date, people).
internal sealed class Page(DressingRandom r, DressingPools pools, RawArticle article)
{
    private readonly List<string> raw = [];

    public DressingRandom R => r;

    public DressingPools Pools => pools;

    public RawArticle Article => article;

    public List<ExpectedBlock> Body { get; } = [];

    public List<NoisePiece> Noise { get; } = [];

    // A page without a title heads the story with its lead's first words.
    public string Title { get; } = TextReferee.Normalize(article.Title ?? "") is { Length: > 0 } t ? t
        : string.Join(' ', TextReferee.Normalize(article.Text).Split(' ').Take(7)) + "…";

    public string Paper { get; } = r.Pick(DressingPools.Papers);

    public string City { get; } = r.Pick(DressingPools.Cities);

    public string Agency { get; } = r.Pick(DressingPools.Agencies);

    public string Author { get; } = Person(r);

    private static readonly string[] Women = ["سارة", "نورة", "هند", "منيرة", "ريم", "مها"];

    // A name as the pools give it, but a father's name is a man's and a woman is «بنت».
    public static string Person(DressingRandom r)
    {
        var first = r.Pick(DressingPools.FirstNames);
        var father = r.Pick<string>(DressingPools.FirstNames.Except(Women).ToList());
        var link = Women.Contains(first) ? " بنت " : " بن ";
        return first + (r.Chance(0.2) ? link + father : "") + " " + r.Pick(DressingPools.FamilyNames);
    }

    public DateTime When { get; } = article.PublishedAt ?? new DateTime(2015, 7, 21, 10, 0, 0).AddDays(r.Next(22)).AddMinutes(r.Next(600));

    // The next raw line is glued straight onto the last one (a scraper that lost a break).
    public bool GlueNext { get; set; }

    public void Line(string line)
    {
        if (GlueNext && raw.Count > 0)
        {
            raw[^1] += line;
            GlueNext = false;
            return;
        }
        raw.Add(line);
    }

    public void Blank(double p = 0.5)
    {
        if (r.Chance(p) && !GlueNext)
        {
            raw.Add(r.Chance(0.1) ? r.Pick(" ", "\u00A0", "\t") : "");
        }
    }

    // A labelled piece of chrome, each line written through the frame's markup.
    public void Chrome(NoisePiece piece, Func<string, string>? wrap = null)
    {
        Noise.Add(piece);
        foreach (var line in piece.Lines)
        {
            Line(wrap is null ? line : wrap(line));
        }
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Read as the page's own word: p.Piece(…)")]
    public NoisePiece Piece(NoiseKind kind, params string[] lines) => new(kind, lines);

    public void Story(string text) => Body.Add(new ExpectedBlock(BlockKind.Paragraph, text));

    public string Digits(int value) => r.Number(value);

    public string Year => r.Chance(0.3) ? DressingRandom.ToArabicIndic("2015") : "2015";

    // Another story's title or lead, never this article's own text.
    public string? OtherStory(bool lead = false)
    {
        var ownText = TextReferee.Normalize(article.Text);
        for (var i = 0; i < 6; i++)
        {
            var pick = lead || r.Chance(0.2) ? r.Pick(pools.Leads) : (r.Chance(0.4) ? pools.RelatedTitle(r, article.Title) : null) ?? r.Pick(pools.Titles);
            if (pick != Title && !ownText.Contains(pick, StringComparison.Ordinal))
            {
                return pick;
            }
        }
        return null;
    }

    public string IsoStamp(string format) => When.ToString(format, CultureInfo.InvariantCulture);

    public string Text()
    {
        var crlf = r.Chance(0.12);
        return string.Join(crlf ? "\r\n" : "\n", raw);
    }
}
