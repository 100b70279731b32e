using System.Globalization;
using System.Text;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Eleventh;

// One article being dressed: the story, the outlet whose page it was copied from, the page's
// habits (which digits it prints), and the sheet the pieces are written on.
internal sealed class Dressing
{
    public Dressing(RawArticle article, IReadOnlyList<string> paragraphs, DressingPools pools, DressingRandom r, bool channel)
    {
        Article = article;
        Pools = pools;
        R = r;
        Title = article.Title is null ? null : TextReferee.Normalize(article.Title);
        OwnText = TextReferee.Normalize(article.Text);
        When = article.PublishedAt ?? new DateTime(2015, 7, 21, 10, 45, 0, DateTimeKind.Unspecified);
        Outlet = Outlets.Draw(r, channel);
        // Gulf and Egyptian pages print Arabic-Indic digits more often than Maghreb ones.
        IndicDigits = r.Chance(Outlet.Country is Country.Algeria or Country.Tunisia or Country.Morocco ? 0.1 : 0.4);
        Sheet = new PageSheet(paragraphs, r);
    }

    public RawArticle Article { get; }

    public DressingPools Pools { get; }

    public DressingRandom R { get; }

    public string? Title { get; }

    public string OwnText { get; }

    public DateTime When { get; }

    public Outlet Outlet { get; }

    public bool IndicDigits { get; }

    public PageSheet Sheet { get; }

    public int LastGap => Sheet.Count;

    // The page's digits, with the odd line that prints the other kind.
    public string Digits(string text) => IndicDigits != R.Chance(0.1) ? DressingRandom.ToArabicIndic(text) : text;

    public string Num(int value) =>
        Digits(value >= 1000 && R.Chance(0.3) ? value.ToString("#,0", CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture));

    // A count as a page rounds it: exact, or «12.4K», «١٫٢ ألف».
    public string Count(int value) => value >= 1000 && R.Chance(0.3)
        ? Digits((value / 1000.0).ToString("0.#", CultureInfo.InvariantCulture)) + R.Pick("K", " ألف", "k", "ألف")
        : Num(value);

    public string OutletName() => R.Chance(0.75) ? Outlet.Arabic : Outlet.Latin;

    public string Person() => DressingPools.PersonName(R);

    public string LatinPerson() => $"{R.Pick(DressingPools.LatinFirst)} {R.Pick(DressingPools.LatinLast)}";

    public string Colon() => R.Pick(": ", ": ", " : ", ":", " :", ":\u00A0");

    // Another story: neither this one's title nor anything written in its text.
    public bool IsOther(string? story) =>
        story is { Length: > 0 } && story != Title && !OwnText.Contains(story, StringComparison.Ordinal);

    public int Words => Sheet.Paragraphs.Sum(p => p.Split(' ').Length);
}

// How one copy lays its lines down: Unix or Windows line ends (now and then both), blank lines
// between lines from never to always, stray spaces and direction marks, a byte-order mark.
internal sealed record PageStyle(string LineEnd, bool Mixed, double Blank, double Scuff, bool Bom, bool FinalEnd)
{
    public static PageStyle Draw(DressingRandom r) =>
        new(r.Chance(0.3) ? "\r\n" : "\n", r.Chance(0.05), r.Pick(0.0, 0.0, 0.15, 0.5, 1.0), r.Pick(0.0, 0.1, 0.25, 0.45), r.Chance(0.05), r.Chance(0.6));

    public string Write(IReadOnlyList<Segment> runs, DressingRandom r)
    {
        var sb = new StringBuilder();
        if (Bom)
        {
            sb.Append('\uFEFF');
        }
        var first = true;
        foreach (var run in runs)
        {
            for (var k = 0; k < run.Lines.Count; k++)
            {
                if (!first)
                {
                    sb.Append(End(r));
                    // A scraper that broke a tweet's link left no blank line inside it.
                    if (!(run.Verbatim && k > 0) && r.Chance(Blank))
                    {
                        sb.Append(End(r));
                    }
                }
                first = false;
                sb.Append(run.Verbatim ? run.Lines[k] : r.Scuff(run.Lines[k], Scuff));
            }
        }
        if (FinalEnd)
        {
            sb.Append(End(r));
        }
        return sb.ToString();
    }

    private string End(DressingRandom r) => Mixed && r.Chance(0.5) ? (LineEnd == "\n" ? "\r\n" : "\n") : LineEnd;
}
