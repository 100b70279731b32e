using System.Text;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.TwentyFourth;

// One page as it is being written: raw lines in order, each either the story's own, a post,
// or a labelled piece of noise. Every line is written through here so that no line reaches
// the raw text without the label a reader would give it.
internal sealed class PageDraft(DressingPools pools, DressingRandom r, RawArticle article, List<string> paragraphs)
{
    private readonly List<(string Text, bool Tight)> lines = [];
    private readonly List<ExpectedBlock> body = [];
    private readonly List<NoisePiece> noise = [];
    private readonly Dictionary<int, string> gluedBefore = [];
    private readonly Dictionary<int, string> gluedAfter = [];
    private readonly HashSet<string> teased = new(StringComparer.Ordinal);

    public DressingPools Pools => pools;

    public DressingRandom R => r;

    public RawArticle Article => article;

    public IReadOnlyList<string> Paragraphs => paragraphs;

    public string? Title { get; } = article.Title is { } t && TextReferee.Normalize(t) is { Length: > 0 } n ? n : null;

    // A title for chrome that repeats the headline: the story's own, or its first words.
    public string Headline => Title ?? string.Join(' ', paragraphs[0].Split(' ').Take(8));

    // What one family keeps from its head to its tail on one page (a copy script's one line).
    public Dictionary<string, string> Kept { get; } = [];

    public DateTime When { get; } = article.PublishedAt ?? new DateTime(2015, 7, 21).AddDays(r.Next(22)).AddHours(r.Next(24)).AddMinutes(r.Next(60));

    public void Noise(NoiseKind kind, params string[] text)
    {
        foreach (var line in text)
        {
            Write(line);
        }
        noise.Add(new NoisePiece(kind, text));
    }

    public void Credit(string line, string credit)
    {
        Write(line);
        noise.Add(new NoisePiece(NoiseKind.Credit, [line]) { Credit = credit });
    }

    // Other stories as a page lists them: a heading (itself chrome) and the titles as written.
    // A read-also line carries its title too: a reader names it as another story.
    public void Teasers(NoiseKind kind, string? heading, int count, Func<string, int, string> dress)
    {
        var titles = OtherTitles(count);
        if (titles.Count == 0)
        {
            return;
        }
        List<string> written = heading is null ? [] : [heading];
        written.AddRange(titles.Select(dress));
        foreach (var line in written)
        {
            Write(line);
        }
        noise.Add(new NoisePiece(kind, written) { Teasers = titles });
    }

    // Other stories, never this one: real pages tease the same subject, so some are related.
    public List<string> OtherTitles(int count)
    {
        var own = TextReferee.Normalize(article.Text);
        List<string> picked = [];
        for (var tries = 0; picked.Count < count && tries < count * 6; tries++)
        {
            var t = r.Chance(0.35) ? pools.RelatedTitle(r, Title) : r.Chance(0.8) ? r.Pick(pools.Titles) : r.Pick(pools.Leads);
            if (t is not null && t != Title && !own.Contains(t, StringComparison.Ordinal) && teased.Add(t))
            {
                picked.Add(t);
            }
        }
        return picked;
    }

    public void Own(string text)
    {
        Write(text);
        body.Add(new ExpectedBlock(BlockKind.Paragraph, TextReferee.Normalize(text)));
    }

    // One piece a side per paragraph: a second would hide the first.
    public void GlueBefore(int paragraph, NoiseKind kind, string text)
    {
        if (!gluedBefore.TryAdd(paragraph, text))
        {
            return;
        }
        noise.Add(new NoisePiece(kind, [text], Glued: true));
    }

    public void GlueAfter(int paragraph, NoiseKind kind, string text)
    {
        if (!gluedAfter.TryAdd(paragraph, text))
        {
            return;
        }
        noise.Add(new NoisePiece(kind, [text], Glued: true));
    }

    public bool IsGlued(int paragraph) => gluedBefore.ContainsKey(paragraph) || gluedAfter.ContainsKey(paragraph);

    // The story's paragraph i, with whatever a copy path glued onto it.
    public void Paragraph(int i)
    {
        var text = paragraphs[i];
        var line = (gluedBefore.TryGetValue(i, out var head) ? head + r.Pick(" ", " ", "  ", "\u00A0") : "")
            + text + (gluedAfter.TryGetValue(i, out var tail) ? r.Pick(" ", " ", "\u00A0") + tail : "");
        Write(line);
        body.Add(new ExpectedBlock(BlockKind.Paragraph, text));
    }

    public void Post(ExpectedBlock post, IEnumerable<(string Text, bool Tight)> written)
    {
        foreach (var (text, tight) in written)
        {
            lines.Add((text, tight && lines.Count > 0));
        }
        body.Add(post);
    }

    // A line on its own; Tight keeps it under the one before without a blank line between.
    public void Write(string line, bool tight = false) => lines.Add((r.Scuff(line, 0.25), tight && lines.Count > 0));

    public DressedArticle Finish(string key)
    {
        var newline = r.Pick("\n", "\n", "\r\n");
        var loose = r.Chance(0.6) ? newline + newline : newline;
        var sb = new StringBuilder(r.Chance(0.1) ? "\uFEFF" : "");
        for (var i = 0; i < lines.Count; i++)
        {
            sb.Append(i == 0 ? "" : lines[i].Tight ? newline : loose).Append(lines[i].Text);
        }
        if (r.Chance(0.5))
        {
            sb.Append(newline);
        }
        return new DressedArticle(article with { Text = sb.ToString() }, key, body, noise, Title, false);
    }
}
