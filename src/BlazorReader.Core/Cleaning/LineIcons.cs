using System.Buffers;
using System.Globalization;
using System.Text;

namespace BlazorReader.Core.Cleaning;

// Pages dress chrome lines with icons: «⬅️ تابعونا», «📲 Send via Telegram», «اقرأ أيضا ⬇️».
// An emoji's variation selector (U+FE0F) is a mark, so a regex's \W does not take it, and an
// emoji is two chars: each classifier asks about the line with its edge icons set aside.
internal static class LineIcons
{
    // A list's bullet: a dash or a dot, an arrow, any symbol or an emoji (a surrogate pair,
    // which \p{So} does not see in UTF-16), for every list a page prints.
    public const string Bullet = @"[-–•*»>+]|\p{So}|\p{Cs}{2}";

    public static string Trim(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var start = 0;
        while (start < line.Length && Rune.DecodeFromUtf16(line.AsSpan(start), out var r, out var n) == OperationStatus.Done && IsIcon(r))
        {
            start += n;
        }
        var end = line.Length;
        while (end > start && Rune.DecodeLastFromUtf16(line.AsSpan(start, end - start), out var r, out var n) == OperationStatus.Done && IsIcon(r))
        {
            end -= n;
        }
        return start == 0 && end == line.Length ? line : line[start..end].Trim();
    }

    // Symbols, joiners and selectors, and the spaces between them; not brackets, quotes or
    // dashes, which say something about the line (a caption's «(…)», a byline's «-»).
    public static bool IsIcon(Rune r) =>
        r.Value is 0xFE0F or 0xFE0E or 0x200D or 0x20E3 or ' ' or '\u00A0'
        || Rune.GetUnicodeCategory(r) is UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol or UnicodeCategory.ModifierSymbol
            && r.Value is not ('+' or '<' or '>' or '=' or '|' or '~');

    // Without its vowel marks and tatweel («مموّل», «تخطَّ»): how a label is matched whatever a site adds.
    public static string Unmarked(string line) =>
        line.Any(Arabic.ArabicNormalizer.IsIgnorable) ? string.Concat(line.Where(c => !Arabic.ArabicNormalizer.IsIgnorable(c))) : line;
}
