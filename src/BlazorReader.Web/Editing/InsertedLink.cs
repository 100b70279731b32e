namespace BlazorReader.Web.Editing;

// The address an editor types for a link: a web or mail address, nothing else (no
// javascript:, data: or other scheme). "www.example.org" is taken as https.
public static class InsertedLink
{
    public const string Refusal = "العنوان يبدأ بـ https:// أو http:// أو mailto: (مثل https://example.org/خبر).";

    public static string? Address(string? typed)
    {
        var text = typed?.Trim() ?? "";
        if (text.Length == 0 || text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return null;
        }
        if (!text.Contains(':', StringComparison.Ordinal) && text.Contains('.', StringComparison.Ordinal) && !text.StartsWith('/'))
        {
            text = "https://" + text;
        }
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https" or "mailto") || url.Host.Length == 0 && url.Scheme != "mailto")
        {
            return null;
        }
        // Written as the editor typed it (Arabic paths stay readable), parentheses kept from ending the link.
        return text.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
    }

    // [words](address) at the selection; the address itself when nothing is selected.
    public static BodySelection Apply(BodySelection at, string address)
    {
        ArgumentNullException.ThrowIfNull(at);
        var s = at.Clamped();
        var words = s.Selected.Trim().Replace("\n", " ", StringComparison.Ordinal);
        var label = (words.Length == 0 ? address : words).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
        return ToolbarEdits.Insert(s, $"[{label}]({address})");
    }
}
