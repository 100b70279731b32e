using System.Globalization;
using System.Text.RegularExpressions;
using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Cleaning;

// A calendar date as a tweet's signature or a dateline prints it: «November 1, 2020»,
// «Nov. 1, 2020», «1 November 2020», «١ نوفمبر ٢٠٢٠», «نوفمبر 1، 2020», «1 تشرين الثاني 2020», «١ جانفي ٢٠٢٠م»,
// and the month in both calendars' names, as Levantine and wire copy print it: «23 تموز/يوليو 2015»,
// «آب (أغسطس) 2، 2015», «23 تموز - يوليو 2015»; the Arabic thousands mark printed for a comma
// («August ٩٬ ٢٠١٥»).
internal static partial class PrintedDate
{
    public static DateOnly? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var flat = TwoNames().Replace(ArabicNormalizer.Normalize(text).Replace(",", " ", StringComparison.Ordinal).Replace("،", " ", StringComparison.Ordinal).Replace("٬", " ", StringComparison.Ordinal), OneName);
        if (DayFirst().Match(flat) is { Success: true } a)
        {
            return Make(a.Groups["y"].Value, MonthNames.Of(a.Groups["m"].Value), a.Groups["d"].Value);
        }
        if (MonthFirst().Match(flat) is { Success: true } b)
        {
            return Make(b.Groups["y"].Value, MonthNames.Of(b.Groups["m"].Value), b.Groups["d"].Value);
        }
        return null;
    }

    // Two names of one month become the first; two months that differ are left to fail.
    private static string OneName(Match m) =>
        MonthNames.Of(m.Groups["a"].Value) is > 0 and var a && MonthNames.Of(m.Groups["b"].Value) == a ? m.Groups["a"].Value : m.Value;

    [GeneratedRegex(@"(?<a>\p{L}+(?:\s\p{L}+)?)\s*(?:/|\(|-|–|\s)\s*(?<b>\p{L}+(?:\s\p{L}+)?)(?:\s*\))?", RegexOptions.CultureInvariant)]
    private static partial Regex TwoNames();

    private static DateOnly? Make(string year, int month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return month > 0 && y is >= 1900 and <= 2100 && d >= 1 && d <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, d) : null;
    }

    [GeneratedRegex(@"^\s*(?<d>\d{1,2})\s+(?<m>\p{L}+(?:\s\p{L}+)?)\.?\s+(?<y>\d{4})\s*م?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^\s*(?<m>\p{L}+(?:\s\p{L}+)?)\.?\s+(?<d>\d{1,2})\s+(?<y>\d{4})\s*م?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();
}
