using BlazorReader.Core.Articles;
using Markdig.Syntax;

namespace BlazorReader.Core.Markdown;

// A blockquote in the tweet form, read into the same tweet block the cleaner stores.
public sealed class TweetBlock(ContentBlock tweet) : LeafBlock(null)
{
    public ContentBlock Tweet { get; } = tweet;
}
