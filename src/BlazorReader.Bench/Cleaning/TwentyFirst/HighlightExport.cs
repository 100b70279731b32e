namespace BlazorReader.Bench.Cleaning.TwentyFirst;

// An e-reader's highlights export of a saved story: the export's heading with the title and
// paper, a highlight's colour, location and time over the passages, and the app's foot line.
internal static class HighlightExport
{
    public static void Dress(PageDraft d)
    {
        var r = d.R;
        // The export's own heading and the saved story's title head the file, over whatever
        // chrome the story was saved with.
        if (d.Title.Length > 0)
        {
            d.Top(NoiseKind.Headline, r.Pick($"{d.Title} ({d.Paper})", $"{d.Title} — {d.Paper}", $"«{d.Title}»"));
        }
        d.Top(NoiseKind.Footer, r.Pick("تمييزاتي وملاحظاتي", "Your Highlights | التمييزات", "ملف الملاحظات — تصدير"));
        // Each highlight's line stands over its passage, locations rising down the story.
        var location = r.Between(12, 400);
        var style = r.Next(3);
        d.Spread([.. Enumerable.Range(0, r.Between(1, 4)).Select(_ =>
        {
            location += r.Between(5, 300);
            var at = r.Number(location);
            return new NoisePiece(NoiseKind.Counter, [style switch
            {
                0 => $"تمييز ({r.Pick("أصفر", "أزرق", "وردي")}) | الموقع {at}",
                1 => $"تمييز في الموقع {at} | أُضيف {PageWords.Day(d.Date)}، {PageWords.Date(r, d.Date)} {PageWords.Clock(r)}",
                _ => $"Highlight (yellow) - Location {location}",
            }]);
        })]);
        if (r.Chance(0.5))
        {
            d.Tail(NoiseKind.Footer, r.Pick($"صُدّر في {PageWords.Date(r, d.Date)}", "تم التصدير من تطبيق القارئ", $"{r.Number(r.Between(2, 40))} تمييزات · {r.Number(r.Between(0, 9))} ملاحظات"));
        }
    }
}
