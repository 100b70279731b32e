using AngleSharp.Dom;
using AngleSharp.Html;

namespace BlazorReader.Web.Rendering;

// The sanitizer writes its tree back with this: text escapes quotes too, as Blazor's encoder
// did before bodies went through the sanitizer, so typed markup such as «<a href="…">» reads
// as text in the page source as well as in the browser.
internal sealed class QuotingMarkupFormatter : HtmlMarkupFormatter
{
    public static readonly QuotingMarkupFormatter Quoting = new();

    public override string Text(ICharacterData text) =>
        base.Text(text).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);
}
