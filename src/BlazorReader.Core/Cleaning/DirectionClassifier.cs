using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Cleaning;

// A block reads left to right when it has more Latin than Arabic letters.
public static class DirectionClassifier
{
    public static TextDirection Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int latin = 0, arabic = 0;
        foreach (var c in text)
        {
            if (c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '\u00C0' and <= '\u024F'))
            {
                latin++;
            }
            else if (c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF'))
            {
                arabic++;
            }
        }
        return latin > arabic ? TextDirection.Ltr : TextDirection.Rtl;
    }
}
