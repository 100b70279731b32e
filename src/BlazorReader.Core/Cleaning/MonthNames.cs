using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Cleaning;

// Month names as pages print them: English (full or short), the Egyptian/Gulf Arabic names
// and the Levantine ones, in their common spellings; looked up by their normalised form.
internal static class MonthNames
{
    private static readonly string[][] Written =
    [
        ["January", "Jan", "يناير", "كانون الثاني"],
        ["February", "Feb", "فبراير", "شباط"],
        ["March", "Mar", "مارس", "آذار"],
        ["April", "Apr", "أبريل", "إبريل", "نيسان"],
        ["May", "مايو", "أيار", "مايّو"],
        ["June", "Jun", "يونيو", "يونيه", "حزيران"],
        ["July", "Jul", "يوليو", "يوليه", "تموز"],
        ["August", "Aug", "أغسطس", "آب"],
        ["September", "Sep", "Sept", "سبتمبر", "أيلول"],
        ["October", "Oct", "أكتوبر", "تشرين الأول"],
        ["November", "Nov", "نوفمبر", "تشرين الثاني"],
        ["December", "Dec", "ديسمبر", "كانون الأول"],
    ];

    private static readonly Dictionary<string, int> ByName = Build();

    // 1-12, or 0 when the text names no month.
    public static int Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ByName.GetValueOrDefault(Key(name.Trim().TrimEnd('.')));
    }

    private static Dictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var m = 0; m < Written.Length; m++)
        {
            foreach (var name in Written[m])
            {
                map[Key(name)] = m + 1;
            }
        }
        return map;
    }

    private static string Key(string name) => ArabicNormalizer.Normalize(name.ToLowerInvariant()).Replace(" ", "", StringComparison.Ordinal);
}
