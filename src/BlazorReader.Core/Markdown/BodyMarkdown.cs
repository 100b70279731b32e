using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;

namespace BlazorReader.Core.Markdown;

// The body's one grammar. CommonMark with what a newsroom writes (pipe tables, auto-links,
// figures), heading ids that keep Arabic letters, and the cleaner's tweet form as a tweet
// card; raw HTML is read as text. Every reader of a body (editor, pages, search) parses here.
public static class BodyMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .UseFigures()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Use<TweetExtension>()
        .Build();

    public static MarkdownDocument Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return global::Markdig.Markdown.Parse(markdown, Pipeline);
    }
}
