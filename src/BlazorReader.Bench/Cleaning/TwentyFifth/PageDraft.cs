using System.Text;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentyFifth;

// One page as it is being written: the story's own lines in order, and between them slots
// where chrome, posts and the story's furniture-like lines are set. The labels are written
// in the same call that writes the text, so a label can never name a line the page lacks.
internal sealed class PageDraft
{
    private readonly List<Item>[] slots;
    private readonly string?[] gluedBefore;
    private readonly string?[] gluedAfter;
    private readonly HashSet<string> ownSet;
    private readonly List<NoisePiece> noise = [];
    private readonly HashSet<string> storySet = [];
    private readonly HashSet<string> titlesUsed = [];

    public PageDraft(RawArticle article, DressingPools pools, DressingRandom r)
    {
        Article = article;
        Pools = pools;
        R = r;
        Own = TextReferee.Lines(article.Text);
        ownSet = [.. Own];
        slots = [.. Enumerable.Range(0, Own.Count + 1).Select(_ => new List<Item>())];
        gluedBefore = new string?[Own.Count];
        gluedAfter = new string?[Own.Count];
        Date = article.PublishedAt ?? new DateTime(2015, 7, 20 + r.Next(10), 9 + r.Next(12), r.Next(60), 0, DateTimeKind.Unspecified);
    }

    public RawArticle Article { get; }

    public DressingPools Pools { get; }

    public DressingRandom R { get; }

    public IReadOnlyList<string> Own { get; }

    public DateTime Date { get; }

    public string Title => TextReferee.Normalize(Article.Title ?? "");

    public bool TitleInText { get; private set; }

    public bool HasNoise => noise.Count > 0;

    // The slot after the last paragraph: where a page's foot begins.
    public int End => Own.Count;

    // A slot inside the story, never above the lead or below the end.
    public int Inside() => Own.Count < 2 ? End : R.Between(1, Own.Count - 1);

    // A piece of chrome on lines of its own. A line that is also one of the story's lines
    // would make the label a lie, so such a piece is not written at all (a repeat is one by
    // definition: a story line printed twice).
    public bool Noise(int slot, NoiseKind kind, IReadOnlyList<string> lines, bool first = false, string? credit = null, IReadOnlyList<string>? teasers = null)
    {
        var repeat = kind == NoiseKind.Repeat;
        if (lines.Count == 0 || lines.Any(l => (!repeat && ownSet.Contains(TextReferee.Normalize(l))) || storySet.Contains(TextReferee.Normalize(l)) || TextReferee.Normalize(l).Length < 3))
        {
            return false;
        }
        var piece = new NoisePiece(kind, lines) { Credit = credit, Teasers = teasers ?? [] };
        noise.Add(piece);
        Put(slot, new Item(lines, null), first);
        return true;
    }

    public bool Noise(int slot, NoiseKind kind, string line, bool first = false, string? credit = null) => Noise(slot, kind, [line], first, credit);

    // A line the story itself carries (a hotline, a point, a subheading): body, however it looks.
    public void Story(int slot, string line)
    {
        var text = TextReferee.Normalize(line);
        if (text.Length > 0 && !ownSet.Contains(text) && !noise.Any(n => n.Lines.Any(l => TextReferee.Normalize(l) == text)) && storySet.Add(text))
        {
            Put(slot, new Item([line], new ExpectedBlock(BlockKind.Paragraph, text)), false);
        }
    }

    public void Post(int slot, ExpectedBlock tweet, IReadOnlyList<string> rawLines) => Put(slot, new Item(rawLines, tweet), false);

    public void Headline(string line)
    {
        if (Noise(0, NoiseKind.Headline, line, first: true))
        {
            TitleInText = true;
        }
    }

    // Chrome written onto a story line: before the lead (a dateline) or after a sentence.
    public void GlueBefore(int paragraph, NoiseKind kind, string prefix, string? credit = null)
    {
        if (paragraph < Own.Count && gluedBefore[paragraph] is null && TextReferee.Normalize(prefix).Length >= 2)
        {
            gluedBefore[paragraph] = prefix;
            noise.Add(new NoisePiece(kind, [prefix], Glued: true) { Credit = credit });
        }
    }

    public void GlueAfter(int paragraph, NoiseKind kind, string suffix)
    {
        if (paragraph < Own.Count && gluedAfter[paragraph] is null && TextReferee.Normalize(suffix).Length >= 2)
        {
            gluedAfter[paragraph] = suffix;
            noise.Add(new NoisePiece(kind, [suffix], Glued: true));
        }
    }

    // A story paragraph printed twice, as a page's pull quote or a scraper's double read does.
    public void Repeat(int slot, int paragraph) => Noise(slot, NoiseKind.Repeat, [Own[paragraph]]);

    // An other story's title, never this one's nor a line of it, and never one this page
    // already lists: a site does not tease the same story twice on one page.
    public string? OtherTitle()
    {
        for (var i = 0; i < 6; i++)
        {
            var t = i < 2 ? Pools.RelatedTitle(R, Article.Title) : R.Pick(Pools.Titles);
            if (t is not null && t != Title && !Article.Text.Contains(t, StringComparison.Ordinal) && !ownSet.Contains(t)
                && !TextReferee.Normalize(Article.Text).Contains(t, StringComparison.Ordinal) && titlesUsed.Add(t))
            {
                return t;
            }
        }
        return null;
    }

    public List<string> OtherTitles(int count) => [.. Enumerable.Range(0, count).Select(_ => OtherTitle()).OfType<string>().Distinct()];

    public DressedArticle Build(string key)
    {
        var body = new List<ExpectedBlock>();
        var brk = R.Chance(0.25) ? "\r\n" : "\n";
        var gap = R.Pick(brk + brk, brk + brk, brk + brk, brk, brk + " " + brk);
        var sb = new StringBuilder(R.Chance(0.08) ? "\uFEFF" : "");
        void Write(string text)
        {
            if (sb.Length > 1 || (sb.Length == 1 && sb[0] != '\uFEFF'))
            {
                sb.Append(gap);
            }
            sb.Append(text);
        }
        for (var i = 0; i <= Own.Count; i++)
        {
            foreach (var item in slots[i])
            {
                Write(string.Join(brk, item.Lines));
                if (item.Body is not null)
                {
                    body.Add(item.Body);
                }
            }
            if (i < Own.Count)
            {
                Write((gluedBefore[i] ?? "") + Own[i] + (gluedAfter[i] ?? ""));
                body.Add(new ExpectedBlock(BlockKind.Paragraph, Own[i]));
            }
        }
        if (R.Chance(0.3))
        {
            sb.Append(brk);
        }
        var raw = Article with { Text = sb.ToString(), Title = TitleInText && R.Chance(0.5) ? null : Article.Title };
        return new DressedArticle(raw, key, body, noise, Article.Title, Undressed: false);
    }

    private void Put(int slot, Item item, bool first)
    {
        var at = Math.Clamp(slot, 0, End);
        if (first)
        {
            slots[at].Insert(0, item);
        }
        else
        {
            slots[at].Add(item);
        }
    }

    private sealed record Item(IReadOnlyList<string> Lines, ExpectedBlock? Body);
}
