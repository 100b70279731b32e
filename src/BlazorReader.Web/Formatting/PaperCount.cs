using System.Globalization;

namespace BlazorReader.Web.Formatting;

// «في ٥ صحف»: how many papers tell a story, with the Arabic number agreement (one and two
// have their own forms, three to ten take the plural, eleven and more the singular).
public static class PaperCount
{
    public static string Format(int papers) => papers switch
    {
        <= 1 => "في صحيفة واحدة",
        2 => "في صحيفتين",
        <= 10 => string.Create(CultureInfo.InvariantCulture, $"في {papers} صحف"),
        _ => string.Create(CultureInfo.InvariantCulture, $"في {papers} صحيفة"),
    };

    // The span of a story's days, as the site writes dates.
    public static string Span(DateTime first, DateTime last) =>
        first.Date == last.Date ? ArabicDate.Format(first) : $"{ArabicDate.Format(first)} – {ArabicDate.Format(last)}";
}
