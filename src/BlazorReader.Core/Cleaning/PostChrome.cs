using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// A post page's own furniture copied with the post: whom it replies to, over the text
// («Replying to @x», «ردًا على @x و@y»), and its buttons under it («Show more», «إظهار
// المزيد», «Translate post»). Whole lines no story prints alone; taken before the tweets are
// rebuilt, so that neither is read as the post's text.
internal sealed partial class PostChrome : ICleaningStep
{
    public void Apply(CleaningContext context) =>
        context.RemoveWhere(l => l.Tweet is not null ? null : ReplyTo().IsMatch(l.Text) ? "reply-to" : Button().IsMatch(l.Text) ? "post-button" : null);

    [GeneratedRegex(@"^\W{0,3}(replying\s+to|in\s+reply\s+to|ردًا\s+على|رداً\s+على|ردا\s+على|الرد\s+على|رد\s+على|بالرد\s+على)\s+@\w+((\s*(,|،|and|و|\s)\s*@\w+)*|\s+(and|و)\s+\d+\s+\S+)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplyTo();

    [GeneratedRegex(@"^\W{0,3}(show\s+(more|less)|see\s+more|translate\s+(post|tweet)|see\s+translation|إظهار\s+المزيد|اظهار\s+المزيد|عرض\s+المزيد|اعرض\s+المزيد|عرض\s+الترجمة|ترجمة\s+(التغريدة|المنشور|المشاركة)|ترجم\s+(التغريدة|المنشور))\W{0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Button();
}
