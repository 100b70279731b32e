using System.Globalization;

namespace BlazorReader.Bench.Cleaning.Sixteenth;

// The story as a scraping tool exports it to a spreadsheet or CSV file and someone copies the
// cells: the header row, the row's cells before the text (title, address, date), the closing
// quote and the cells after it glued to the last paragraph, and the next rows, other stories.
internal static class ScraperSheet
{
    private static readonly string[][] Headers =
    [
        ["id", "title", "url", "published_at", "content", "word_count"],
        ["المعرف", "العنوان", "الرابط", "التاريخ", "النص", "عدد الكلمات"],
        ["Title", "Link", "Date", "Text", "Words"],
    ];

    public static void Write(Page page)
    {
        var r = page.R;
        var sep = r.Pick(",", "\t", ";");
        var (_, domain) = Sites.Pick(r);
        var date = Dates.Of(page).ToString(r.Pick("yyyy-MM-dd", "dd/MM/yyyy", "yyyy-MM-dd"), CultureInfo.InvariantCulture) + r.Pick("", "", "T08:30:00", " 14:05");
        if (r.Chance(0.7))
        {
            page.Add(NoiseKind.Footer, string.Join(sep, r.Pick(Headers)));
        }
        var id = r.Number(r.Between(100, 99999));
        var title = page.Title.Length > 0 ? Cell(page.Title) : "";
        var row = string.Join(sep, new[] { id, title, Sites.Address(r, domain), date }.Where(c => c.Length > 0));
        if (page.Title.Length > 0)
        {
            page.Add(NoiseKind.Headline, row + sep + "\"");
        }
        else
        {
            page.Add(NoiseKind.Dateline, row + sep + "\"");
        }
        var last = page.Paragraphs.Count - 1;
        var words = page.Paragraphs.Sum(p => p.Split(' ').Length);
        StoryWriter.Write(page, after: i => i == last ? new NoisePiece(NoiseKind.Counter, ["\"" + sep + r.Number(words) + r.Pick("", sep + "ok", sep + "200")], Glued: true) : null);
        foreach (var other in OtherStories.Titles(page, r.Between(0, 3)))
        {
            var cells = string.Join(sep, r.Number(r.Between(100, 99999)), Cell(other), Sites.Address(r, domain), date);
            page.Add(new NoisePiece(NoiseKind.Teaser, [cells + sep + "\"" + r.Pick("", "…")]) { Teasers = [other] });
        }
    }

    private static string Cell(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
