using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace BlazorReader.Core.Markdown;

// The cleaner writes a tweet as a blockquote whose last line is «— Name (@handle) [date](url)»
// (MarkdownWriter). Once a document is parsed, such a quote becomes a TweetBlock, so a cleaned
// import and an editor's body are one format. HTML for it is written in Web.
public sealed class TweetExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.DocumentProcessed -= ReadTweets;
        pipeline.DocumentProcessed += ReadTweets;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void ReadTweets(MarkdownDocument document)
    {
        for (var i = 0; i < document.Count; i++)
        {
            if (document[i] is QuoteBlock quote && TweetQuote.Read(quote) is { } tweet)
            {
                document.RemoveAt(i);
                document.Insert(i, new TweetBlock(tweet) { Span = quote.Span, Line = quote.Line, Column = quote.Column });
            }
        }
    }
}
