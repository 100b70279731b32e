using MudBlazor;

namespace BlazorReader.Web.Components.Pages.Admin.Editor;

// The toolbar's buttons and their keys, in the order they show. The key is the physical one
// (KeyboardEvent.code), so that the shortcut works on an Arabic layout too; each button's
// tooltip and accessible name say it.
public sealed record EditorAction(string Id, string Name, string Icon, string Code, bool Shift = false, bool Alt = false)
{
    public string Keys => "Ctrl+" + (Shift ? "Shift+" : "") + (Alt ? "Alt+" : "") + (Code.StartsWith("Key", StringComparison.Ordinal) ? Code[3..] : Code.Replace("Digit", "", StringComparison.Ordinal));

    public string Hint => $"{Name} ({Keys})";
}

public static class EditorActions
{
    public const string Bold = "bold", Italic = "italic", Heading = "heading", Link = "link", Bullets = "bullets",
        Numbers = "numbers", Quote = "quote", Picture = "picture", Tweet = "tweet";

    public static IReadOnlyList<EditorAction> All { get; } =
    [
        new(Bold, "عريض", Icons.Material.Filled.FormatBold, "KeyB"),
        new(Italic, "مائل", Icons.Material.Filled.FormatItalic, "KeyI"),
        new(Heading, "عنوان فرعي", Icons.Material.Filled.Title, "Digit2", Alt: true),
        new(Link, "رابط", Icons.Material.Filled.Link, "KeyK"),
        new(Bullets, "قائمة نقطية", Icons.Material.Filled.FormatListBulleted, "Digit8", Shift: true),
        new(Numbers, "قائمة مرقّمة", Icons.Material.Filled.FormatListNumbered, "Digit7", Shift: true),
        new(Quote, "اقتباس", Icons.Material.Filled.FormatQuote, "Digit9", Shift: true),
        new(Picture, "صورة من المكتبة", Icons.Material.Filled.Image, "KeyP", Alt: true),
        new(Tweet, "تغريدة", Icons.Material.Filled.ChatBubbleOutline, "KeyX", Alt: true),
    ];

    // What the script matches keys against.
    public static IEnumerable<object> Shortcuts => All.Select(a => new { id = a.Id, code = a.Code, shift = a.Shift, alt = a.Alt });
}
