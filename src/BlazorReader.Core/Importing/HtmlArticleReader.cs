using BlazorReader.Core.Articles;
using SmartReader;

namespace BlazorReader.Core.Importing;

// An HTML page: its main content found by SmartReader (Readability's method), then handed to
// the same cleaner as text, one paragraph a line.
public static class HtmlArticleReader
{
    public static ImportItem Read(string html, string origin)
    {
        ArgumentNullException.ThrowIfNull(html);
        var article = new Reader("https://localhost/" + Uri.EscapeDataString(Path.GetFileName(origin)), html).GetArticle();
        var text = article.IsReadable ? article.TextContent : null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return ImportItem.Failed(origin, "no article text found in the HTML page");
        }
        var paragraphs = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return ImportItem.Ok(origin, new RawArticle(string.Join('\n', paragraphs),
            string.IsNullOrWhiteSpace(article.Title) ? null : article.Title.Trim(),
            Author: string.IsNullOrWhiteSpace(article.Author) ? null : article.Author, Origin: origin,
            PublishedAt: article.PublicationDate?.ToUniversalTime()));
    }
}
