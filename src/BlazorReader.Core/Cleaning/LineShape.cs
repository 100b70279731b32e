using System.Text;

namespace BlazorReader.Core.Cleaning;

// A line's shape for boilerplate matching: normalised spacing, digits masked, so that
// «للتواصل … بالرمز (100) …» and «… بالرمز (123) …» count as one recurring line.
public static class LineShape
{
    public static string Of(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = LineSplitter.Normalize(line);
        var sb = new StringBuilder(text.Length);
        var inNumber = false;
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                if (!inNumber)
                {
                    sb.Append('#');
                }
                inNumber = true;
                continue;
            }
            inNumber = false;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
