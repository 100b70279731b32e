using System.Globalization;
using System.Text;

namespace BlazorReader.Core.Articles;

// URL slugs keep Arabic letters: readers and search engines both prefer a readable path.
public static class Slug
{
    private const int MaxLength = 80;

    public static string From(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var sb = new StringBuilder(Math.Min(title.Length, MaxLength));
        var pendingDash = false;
        foreach (var ch in title.Normalize(NormalizationForm.FormKC))
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format || ch == '\u0640')
            {
                continue; // diacritics, tatweel and bidi marks never belong in a URL
            }
            if (char.IsLetterOrDigit(ch))
            {
                var dash = pendingDash && sb.Length > 0;
                if (sb.Length + (dash ? 2 : 1) > MaxLength)
                {
                    break;
                }
                if (dash)
                {
                    sb.Append('-');
                }
                pendingDash = false;
                sb.Append(char.ToLowerInvariant(ch));
            }
            else
            {
                pendingDash = true;
            }
        }
        return sb.Length == 0 ? "article" : sb.ToString();
    }
}
