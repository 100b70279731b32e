using System.Text;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Fourteenth;

// Writes a draft out as one raw text, as the copy path would hand it over: its own line
// ends (a mail client's CRLF, a note app's LF, a paste that mixes both), blank lines or
// none between blocks, a BOM from a saved file, and the story's lines scuffed with the
// spaces and marks a page leaves. The body and the labels are read off the same runs.
internal static class PageWriter
{
    public static DressedArticle Write(PageDraft page, string key)
    {
        var r = page.R;
        var eol = r.Pick("\n", "\n", "\r\n");
        var mixed = r.Chance(0.1);
        var gap = r.Next(3); // 0: a blank line between blocks, 1: none, 2: either, block by block
        var sb = new StringBuilder(page.Article.Text.Length * 2);
        if (r.Chance(0.12))
        {
            sb.Append('\uFEFF');
        }
        var body = new List<ExpectedBlock>();
        var noise = new List<NoisePiece>();
        var first = true;
        foreach (var run in page.Runs)
        {
            if (!first)
            {
                sb.Append(Eol(eol, mixed, r));
                if (gap == 0 || gap == 2 && r.Chance(0.5))
                {
                    sb.Append(r.Chance(0.1) ? r.Pick(" ", "\u00A0", "\t") : "").Append(Eol(eol, mixed, r));
                }
            }
            first = false;
            var text = run.IsStory ? Story(run, r) : string.Join("\n", run.Lines);
            sb.Append(text.Replace("\n", Eol(eol, mixed, r), StringComparison.Ordinal));
            noise.AddRange(new[] { run.Before, run.Noise, run.After }.OfType<NoisePiece>());
            if (run.Body is { } block)
            {
                body.Add(block);
            }
        }
        if (r.Chance(0.5))
        {
            sb.Append(eol);
        }
        var raw = page.Article with { Text = sb.ToString(), Title = page.KeepsTitle ? page.Article.Title : null };
        return new DressedArticle(raw, key, body, noise, page.Title, Undressed: false);
    }

    private static string Story(PageRun run, DressingRandom r)
    {
        var line = r.Scuff(run.Lines[0], 0.15);
        var before = run.Before is { } b ? b.Lines[0] + run.Joiner : "";
        var after = run.After is { } a ? run.EndJoiner + a.Lines[0] : "";
        return before + line + after;
    }

    private static string Eol(string eol, bool mixed, DressingRandom r) => mixed ? r.Pick("\n", "\r\n") : eol;
}
