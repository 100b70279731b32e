using System.Buffers;
using System.Text;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Text;

namespace BlazorReader.Web.Rendering;

// Text in its block's direction, the other script's runs (Latin names, handles, URLs in an
// Arabic block) isolated in <bdi> so neutral punctuation beside them keeps its side.
internal static class BidiHtml
{
    // The letters an isolated run starts with (BidiRuns' patterns): text with none of them is
    // one run, written without the pattern's walk (most of an Arabic body's text).
    private static readonly SearchValues<char> LatinStarts = SearchValues.Create(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@#" + Range('\u00C0', '\u024F'));

    private static readonly SearchValues<char> ArabicLetters = SearchValues.Create(
        Range('\u0600', '\u06FF') + Range('\u0750', '\u077F') + Range('\uFB50', '\uFDFF') + Range('\uFE70', '\uFEFF'));

    public static StringBuilder AppendBidi(this StringBuilder sb, string text, TextDirection direction)
    {
        if (!text.AsSpan().ContainsAny(direction == TextDirection.Rtl ? LatinStarts : ArabicLetters))
        {
            return sb.AppendText(text);
        }
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

    private static string Range(char first, char last) => new([.. Enumerable.Range(first, last - first + 1).Select(c => (char)c)]);
}
