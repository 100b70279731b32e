using System.Globalization;
using System.Text;

namespace BlazorReader.Bench.Cleaning;

// The dice every shape rolls: choices, digits in either script, spacing and invisible marks
// of the kinds scraped pages carry. One seed makes a whole run repeatable.
public sealed class DressingRandom(int seed)
{
    private readonly Random random = new(seed);

    public int Next(int max) => random.Next(max);

    public int Between(int min, int maxInclusive) => random.Next(min, maxInclusive + 1);

    public bool Chance(double p) => random.NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public T Pick<T>(params T[] items) => items[random.Next(items.Length)];

    public string Letters(int count, string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    {
        var sb = new StringBuilder(count);
        for (var i = 0; i < count; i++)
        {
            sb.Append(alphabet[random.Next(alphabet.Length)]);
        }
        return sb.ToString();
    }

    // A number as a page prints it: Western or Arabic-Indic digits, sometimes grouped.
    public string Number(int value)
    {
        var text = Chance(0.2) && value >= 1000 ? value.ToString("#,0", CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);
        return Chance(0.35) ? ToArabicIndic(text) : text;
    }

    public static string ToArabicIndic(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                >= '0' and <= '9' => (char)('\u0660' + (c - '0')),
                ',' => '\u066C',
                '.' => '\u066B',
                _ => c,
            });
        }
        return sb.ToString();
    }

    // A separator between two parts of a line: dash, colon or bar, with or without spaces.
    public string Separator(params string[] marks)
    {
        var mark = Pick(marks.Length > 0 ? marks : ["-", "–", "—", "ـ", ":", "|"]);
        return Pick("", " ") + mark + Pick(" ", " ", "");
    }

    // Spacing and invisible characters a page leaves in a line: doubled spaces, NBSP, tabs,
    // direction marks at either end. The cleaner must read through all of them.
    public string Scuff(string line, double rate = 0.3)
    {
        if (!Chance(rate))
        {
            return line;
        }
        var sb = new StringBuilder(line.Length + 8);
        if (Chance(0.3))
        {
            sb.Append(Pick("\u200F", "\u200E", "\u061C", "\u202B", " ", "\t", "\u00A0"));
        }
        foreach (var c in line)
        {
            if (c == ' ' && Chance(0.15))
            {
                sb.Append(Pick("  ", "\u00A0", " \u00A0", "\t", "\u2009"));
                continue;
            }
            sb.Append(c);
        }
        if (Chance(0.3))
        {
            sb.Append(Pick("\u200F", "\u200E", "\u202C", " ", "  ", "\u00A0"));
        }
        return sb.ToString();
    }
}
