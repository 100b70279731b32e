using System.Text;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Text;

namespace BlazorReader.Web.Rendering;

// Text in its block's direction, the other script's runs (Latin names, handles, URLs in an
// Arabic block) isolated in <bdi> so neutral punctuation beside them keeps its side.
internal static class BidiHtml
{
    public static StringBuilder AppendBidi(this StringBuilder sb, string text, TextDirection direction)
    {
        foreach (var run in BidiRuns.Split(text, direction))
        {
            if (run.Isolated)
            {
                sb.Append("<bdi>").AppendText(run.Text).Append("</bdi>");
            }
            else
            {
                sb.AppendText(run.Text);
            }
        }
        return sb;
    }

    public static string Dir(TextDirection direction) => direction == TextDirection.Ltr ? "ltr" : "rtl";
}
