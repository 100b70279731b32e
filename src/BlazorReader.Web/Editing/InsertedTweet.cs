using System.Text.RegularExpressions;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Web.Editing;

// A tweet typed into the toolbar's form, written in the body's tweet form (the cleaner's
// MarkdownWriter), so that it reads back as the same tweet card a cleaned import shows.
public static partial class InsertedTweet
{
    public const string NotATweet = "ليس عنوان تغريدة: انسخ عنوانها من المتصفح، مثل https://x.com/اسم/status/123.";
    public const string NoText = "اكتب نص التغريدة كما نُشر.";

    // The Markdown, or why it cannot be written.
    public static (string? Markdown, string? Error) Markdown(string? address, string? text, string? author)
    {
        var words = (text ?? "").ReplaceLineEndings("\n").Trim();
        if (Address().Match(address?.Trim() ?? "") is not { Success: true } m)
        {
            return (null, NotATweet);
        }
        if (words.Length == 0)
        {
            return (null, NoText);
        }
        var handle = m.Groups["handle"].Value;
        // The signature's name stands outside parentheses: they would end it early.
        var name = string.IsNullOrWhiteSpace(author) ? handle : author.Trim().Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal);
        var url = $"https://x.com/{handle}/status/{m.Groups["id"].Value}";
        var tweet = new ContentBlock(BlockKind.Tweet, words, DirectionClassifier.Of(words), url, name, handle);
        return (MarkdownWriter.Write([tweet]).TrimEnd('\n'), null);
    }

    [GeneratedRegex(@"^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/(?<handle>\w{1,15})/status(?:es)?/(?<id>\d{1,25})(?:[/?#]\S*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
