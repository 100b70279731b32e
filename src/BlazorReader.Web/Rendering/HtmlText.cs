using System.Text;

namespace BlazorReader.Web.Rendering;

// Text and attribute values written into body HTML: the few characters HTML gives meaning
// to are escaped; Arabic stays as it is (a fifth of the bytes of numeric references).
internal static class HtmlText
{
    public static StringBuilder AppendText(this StringBuilder sb, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => sb.Append("&amp;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '"' => sb.Append("&quot;"),
                '\'' => sb.Append("&#39;"),
                '\0' => sb.Append('\uFFFD'),
                _ => sb.Append(c),
            };
        }
        return sb;
    }

    public static StringBuilder AppendAttribute(this StringBuilder sb, string name, string value) =>
        sb.Append(' ').Append(name).Append("=\"").AppendText(value).Append('"');
}
