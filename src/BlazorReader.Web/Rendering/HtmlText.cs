using System.Buffers;
using System.Text;

namespace BlazorReader.Web.Rendering;

// Text and attribute values written into body HTML: the few characters HTML gives meaning
// to are escaped; Arabic stays as it is (a fifth of the bytes of numeric references). Runs
// between them are copied whole: a body is tens of thousands of characters, a few escaped.
internal static class HtmlText
{
    private static readonly SearchValues<char> Escaped = SearchValues.Create("&<>\"'\0");

    public static StringBuilder AppendText(this StringBuilder sb, ReadOnlySpan<char> text)
    {
        while (true)
        {
            var at = text.IndexOfAny(Escaped);
            if (at < 0)
            {
                return sb.Append(text);
            }
            sb.Append(text[..at]).Append(text[at] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => "\uFFFD",
            });
            text = text[(at + 1)..];
        }
    }

    public static StringBuilder AppendAttribute(this StringBuilder sb, string name, string value) =>
        sb.Append(' ').Append(name).Append("=\"").AppendText(value).Append('"');
}
