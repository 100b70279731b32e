using System.Globalization;
using System.Text;

namespace BlazorReader.Data.Articles;

// A comparison key for titles so a teaser finds the article it names despite
// hamza, taa marbuta, alef maqsura, diacritics, tatweel and punctuation differences.
public static class TitleKey
{
    public static string From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format || c == '\u0640')
            {
                continue;
            }
            if (!char.IsLetterOrDigit(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ى' => 'ي',
                'ة' => 'ه',
                'ؤ' => 'و',
                'ئ' => 'ي',
                _ => char.ToLowerInvariant(c),
            });
        }
        return sb.ToString();
    }
}
