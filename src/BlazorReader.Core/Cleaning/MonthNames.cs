using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Cleaning;

// Month names as pages print them: English (full or short), the Egyptian/Gulf Arabic names,
// the Levantine ones (with or without «ال») and the Maghreb ones (Moroccan «يوليوز، غشت،
// شتنبر», Algerian and Tunisian «جانفي، جوان، أوت»), in their common spellings; looked up by
// their normalised form.
internal static class MonthNames
{
    private static readonly string[][] Written =
    [
        ["January", "Jan", "يناير", "جانفي", "كانون الثاني", "كانون ثاني"],
        ["February", "Feb", "فبراير", "فيفري", "شباط"],
        ["March", "Mar", "مارس", "آذار"],
        ["April", "Apr", "أبريل", "إبريل", "أفريل", "نيسان"],
        ["May", "مايو", "ماي", "أيار", "مايّو"],
        ["June", "Jun", "يونيو", "يونيه", "جوان", "حزيران"],
        ["July", "Jul", "يوليو", "يوليه", "يوليوز", "جويلية", "تموز"],
        ["August", "Aug", "أغسطس", "غشت", "أوت", "آب"],
        ["September", "Sep", "Sept", "سبتمبر", "شتنبر", "أيلول"],
        ["October", "Oct", "أكتوبر", "تشرين الأول", "تشرين أول"],
        ["November", "Nov", "نوفمبر", "نونبر", "تشرين الثاني", "تشرين ثاني"],
        ["December", "Dec", "ديسمبر", "دجنبر", "كانون الأول", "كانون أول"],
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
