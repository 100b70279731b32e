using System.Globalization;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning;

// The figures of one run, as tables: whole articles, body paragraphs, each noise kind's
// recall, each removal reason's precision, tweets field by field, teasers, credits, titles,
// clean articles; then the worst cases, printed whole so that a person reads them.
public static class CleaningReport
{
    // The headline figures alone, for a second run of the same articles.
    public static void WriteSummary(TextWriter o, IReadOnlyList<ArticleScore> scores)
    {
        var dressed = scores.Where(s => !s.Dressed.Undressed).ToList();
        var paragraphs = scores.Sum(s => s.Dressed.Body.Count(b => b.Kind == BlockKind.Paragraph));
        o.WriteLine($"fully right: {Share(scores.Count(s => s.FullyRight), scores.Count)} (dressed {Share(dressed.Count(s => s.FullyRight), dressed.Count)}); body paragraphs lost: {scores.Sum(s => s.Lost.Count)} of {paragraphs}");
        var teasers = dressed.SelectMany(s => s.Pieces).Where(p => p.Piece.Kind == NoiseKind.Teaser).ToList();
        o.WriteLine($"teaser blocks removed: {Share(teasers.Count(p => p.Removed), teasers.Count)}");
        WriteTeasers(o, dressed);
        foreach (var s in scores.Where(s => s.Lost.Count > 0).Take(10))
        {
            o.WriteLine($"  lost in {s.Dressed.Key}: {Cut(s.Lost[0])} [{string.Join(", ", s.Removals.Where(r => r.IsBody).Select(r => r.Reason).Distinct())}]");
        }
    }

    // Knowing the store should only help: an article right without it and wrong with it is read here.
    public static void WriteWorseAtImport(TextWriter o, IReadOnlyList<ArticleScore> plain, IReadOnlyList<ArticleScore> imported)
    {
        var worse = plain.Select((s, i) => (Plain: s, Imported: imported[i])).Where(p => p.Plain.FullyRight && !p.Imported.FullyRight).ToList();
        o.WriteLine($"right without the store, wrong with it: {worse.Count}");
        foreach (var (_, s) in worse.Take(10))
        {
            var what = s.Lost.Select(l => "LOST " + Cut(l)).Concat(s.Left.Select(l => $"LEFT [{l.Kind}] {Cut(l.Text)}"));
            o.WriteLine($"  {s.Dressed.Key}: {string.Join(" · ", what.Take(3))}");
        }
    }

    // Returns the cases printed, so that their raw text can be written out to be cleaned again by hand.
    public static IReadOnlyList<ArticleScore> Write(TextWriter o, IReadOnlyList<ArticleScore> scores, int worst, Func<ArticleScore, bool>? only = null)
    {
        var dressed = scores.Where(s => !s.Dressed.Undressed).ToList();
        var clean = scores.Where(s => s.Dressed.Undressed).ToList();
        var paragraphs = scores.Sum(s => s.Dressed.Body.Count(b => b.Kind == BlockKind.Paragraph));
        var lost = scores.Sum(s => s.Lost.Count);
        o.WriteLine($"articles: {scores.Count} ({dressed.Count} dressed, {clean.Count} left clean)");
        o.WriteLine($"fully right: {Share(scores.Count(s => s.FullyRight), scores.Count)} (dressed {Share(dressed.Count(s => s.FullyRight), dressed.Count)}, clean {Share(clean.Count(s => s.FullyRight), clean.Count)})");
        o.WriteLine($"body paragraphs lost: {lost} of {paragraphs} ({(lost == 0 ? "none" : "1 in " + (paragraphs / lost).ToString("N0", CultureInfo.InvariantCulture))}), in {scores.Count(s => s.Lost.Count > 0)} articles");
        o.WriteLine($"paragraphs back but for a last stop the page's dots ran into (counted whole): {scores.Sum(s => s.LastStopUnwritten)}");
        o.WriteLine($"removals that were body text: {scores.Sum(s => s.Removals.Count(r => r.IsBody))}; blocks out of order: {scores.Count(s => s.OutOfOrder)} articles");
        o.WriteLine($"noise left in the body: {dressed.Sum(s => s.Left.Count)} blocks in {dressed.Count(s => s.Left.Count > 0)} articles");
        o.WriteLine("noise blocks left, by place: " + string.Join("; ", dressed.SelectMany(s => s.LeftPlaces).GroupBy(p => p).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}")));
        o.WriteLine($"clean articles with no removal: {Share(clean.Count(s => s.Cleaned.Removed.Count == 0), clean.Count)}");
        var wrong = scores.Where(s => !s.FullyRight).ToList();
        var causes = wrong.SelectMany(s => s.Left.Select(l => "noise left: " + l.Kind)
                .Concat(s.Lost.Count > 0 ? ["paragraph lost"] : [])
                .Concat(s.Tweets.Where(t => !t.AllRight).Select(_ => "tweet field wrong"))
                .Concat(s.OutOfOrder ? ["out of order"] : []).Distinct())
            .GroupBy(c => c).OrderByDescending(g => g.Count());
        o.WriteLine("articles not fully right, by what is wrong (one article may count under several): "
            + string.Join("; ", causes.Select(g => $"{g.Key} {g.Count()}")));
        o.WriteLine();
        o.WriteLine("| noise kind | pieces | removed (recall) | left in body |");
        o.WriteLine("|---|---|---|---|");
        foreach (var group in dressed.SelectMany(s => s.Pieces).GroupBy(p => p.Piece.Kind).OrderBy(g => g.Key))
        {
            o.WriteLine($"| {group.Key} | {group.Count()} | {Share(group.Count(p => p.Removed), group.Count())} | {group.Count(p => !p.Removed)} |");
        }
        o.WriteLine();
        o.WriteLine("| removal reason | removals | body text among them | precision |");
        o.WriteLine("|---|---|---|---|");
        foreach (var group in scores.SelectMany(s => s.Removals).GroupBy(r => r.Reason).OrderByDescending(g => g.Count()))
        {
            o.WriteLine($"| {group.Key} | {group.Count()} | {group.Count(r => r.IsBody)} | {Share(group.Count(r => !r.IsBody), group.Count())} |");
        }
        var tweets = dressed.SelectMany(s => s.Tweets).ToList();
        o.WriteLine();
        o.WriteLine("| tweets | rebuilt | text | url | handle | date | direction | all fields |");
        o.WriteLine("|---|---|---|---|---|---|---|---|");
        o.WriteLine($"| {tweets.Count} | {Share(tweets.Count(t => t.Rebuilt), tweets.Count)} | {Share(tweets.Count(t => t.TextRight), tweets.Count)} | {Share(tweets.Count(t => t.UrlRight), tweets.Count)} | {Share(tweets.Count(t => t.HandleRight), tweets.Count)} | {Share(tweets.Count(t => t.DateRight), tweets.Count)} | {Share(tweets.Count(t => t.DirRight), tweets.Count)} | {Share(tweets.Count(t => t.AllRight), tweets.Count)} |");
        WriteTeasers(o, dressed);
        WriteCredits(o, dressed);
        return WriteWorst(o, only is null ? scores : [.. scores.Where(only)], worst);
    }

    private static void WriteTeasers(TextWriter o, List<ArticleScore> dressed)
    {
        int expected = 0, found = 0, given = 0, right = 0;
        foreach (var s in dressed)
        {
            var wanted = s.Dressed.Noise.SelectMany(p => p.Teasers).Select(Key).ToHashSet(StringComparer.Ordinal);
            var got = s.Cleaned.Teasers.Select(t => Key(t.Text)).ToList();
            expected += wanted.Count;
            found += wanted.Count(got.Contains);
            given += got.Count;
            right += got.Count(wanted.Contains);
        }
        o.WriteLine();
        o.WriteLine($"teasers: recall {Share(found, expected)}, precision {Share(right, given)}");
    }

    private static void WriteCredits(TextWriter o, List<ArticleScore> dressed)
    {
        var credits = dressed.SelectMany(s => s.Dressed.Noise.Where(p => p.Credit is not null).Select(p => (s, p))).ToList();
        var taken = credits.Count(c => c.s.Cleaned.Attribution is { } a && Key(a).Contains(Key(c.p.Credit!), StringComparison.Ordinal));
        var titled = dressed.Where(s => s.Dressed.ExpectedTitle is not null).ToList();
        o.WriteLine($"credit lines taken as attribution: {Share(taken, credits.Count)}; titles right: {Share(titled.Count(s => Key(s.Cleaned.Title) == Key(s.Dressed.ExpectedTitle!)), titled.Count)}");
    }

    private static List<ArticleScore> WriteWorst(TextWriter o, IReadOnlyList<ArticleScore> scores, int worst)
    {
        o.WriteLine();
        o.WriteLine($"worst {worst} cases:");
        var printed = scores.Where(s => !s.FullyRight).OrderByDescending(s => s.Severity).Take(worst).ToList();
        foreach (var s in printed)
        {
            o.WriteLine($"--- {s.Dressed.Key} (severity {s.Severity})");
            foreach (var l in s.Lost)
            {
                o.WriteLine($"  LOST: {Cut(l)}");
            }
            foreach (var (kind, text) in s.Left)
            {
                o.WriteLine($"  LEFT [{kind}]: {Cut(text)}");
            }
            foreach (var t in s.Tweets.Where(t => !t.AllRight))
            {
                o.WriteLine($"  TWEET expected «{Cut(t.Expected.Text)}» {t.Expected.Url} @{t.Expected.Handle} {t.Expected.Date} {t.Expected.Dir}");
                o.WriteLine($"        got      «{Cut(t.Found?.Text ?? "(not rebuilt)")}» {t.Found?.Url} @{t.Found?.Handle} {t.Found?.Date} {t.Found?.Dir}");
            }
            foreach (var r in s.Removals.Where(r => r.IsBody))
            {
                o.WriteLine($"  REMOVED BODY [{r.Reason}]: {Cut(r.Text)}");
            }
            o.WriteLine("  raw:");
            foreach (var line in TextReferee.Lines(s.Dressed.Raw.Text))
            {
                o.WriteLine("    | " + Cut(line));
            }
        }
        return printed;
    }

    private static string Key(string text) => TextReferee.Normalize(text).TrimStart('-', '•', '*', '»', '◄', ' ');

    // Head and tail of a long line: glued chrome and cut endings sit at the end, so both must show.
    private static string Cut(string text) =>
        (text.Length <= 200 ? text : text[..120] + " ⟪…⟫ " + text[^70..]).Replace('\n', '⏎');

    public static string Share(int part, int whole) =>
        whole == 0 ? "n/a" : $"{part}/{whole} = {(100.0 * part / whole).ToString("0.00", CultureInfo.InvariantCulture)}%";
}
