using System.Globalization;
using System.Text.RegularExpressions;
using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Cleaning;

// A calendar date as a tweet's signature or a dateline prints it: «November 1, 2020»,
// «Nov. 1, 2020», «1 November 2020», «١ نوفمبر ٢٠٢٠», «نوفمبر 1، 2020», «1 تشرين الثاني 2020», «١ جانفي ٢٠٢٠م».
internal static partial class PrintedDate
{
    public static DateOnly? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var flat = ArabicNormalizer.Normalize(text).Replace(",", " ", StringComparison.Ordinal).Replace("،", " ", StringComparison.Ordinal);
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
