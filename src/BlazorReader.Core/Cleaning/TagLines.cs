using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// A tag list whose label has no colon: «وسوم رجال , سلامة , محليات», «كلمات مفتاحية أهمية |
// رياضة», «القسم يدشن , حوادث». Sites split the items by any mark (, ، | / - #) or by
// spaces alone, and often close the list with the story's section. A label that is also a
// common word («مواضيع», «القسم») needs stronger evidence than one that only labels tags.
internal static partial class TagLines
{
    private const int MaxWords = 14;

    public static bool IsTagList(string line)
    {
        if (line.Length > 200 || Sentence().IsMatch(line))
        {
            return false;
        }
        var label = Label().Match(line);
        if (!label.Success)
        {
            return false;
        }
        var rest = line[label.Length..].Trim();
        if (rest.Length == 0 || rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWords)
        {
            return false;
        }
        var items = Separator().Split(rest).Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
        var shortItems = items.TrueForAll(i => i.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3);
        var plain = label.Groups["plain"].Success;
        return SectionLines.EndsWithSection(rest) && (items.Count >= 2 || rest.Split(' ').Length <= 8)
            || shortItems && items.Count >= (plain ? 2 : 3);
    }

    // «plain» labels only ever label tags; the others are words a sentence may open with.
    [GeneratedRegex(@"^\W*((?<plain>(ال)?كلمات\s+(ال)?(دلالية|مفتاحية|دالة)|(ال)?وسوم|(ال)?وسم|(ال)?تسميات|tags?|labels?|keywords)|(ال)?مواضيع|(ال)?موضوعات|(ال)?قسم|(ال)?أقسام|(ال)?تصنيفا?ت?|سمات)(\s*:)?(?=[\s#])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"\s*[,،|/#•·]\s*|\s+[-–—]\s+|\s*[-–—]\s*(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"[.!؟?:؛]\s|[.!؟?]$", RegexOptions.CultureInvariant)]
    private static partial Regex Sentence();
}
