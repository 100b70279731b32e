namespace BlazorReader.Search.Completion;

public enum CompletionKind
{
    // A phrase that several published headlines share: offered as a search.
    Phrase,

    // One published headline: offered as its article.
    Title,
}

// One completion offered under the search box. ArticleId and Slug are set for titles only.
public sealed record CompletionItem(string Text, CompletionKind Kind, int? ArticleId = null, string? Slug = null);
