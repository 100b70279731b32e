using System.Globalization;
using System.Text.RegularExpressions;
using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Cleaning;

// The last line of a tweet in the writer's Markdown form (MarkdownWriter): «— Name (@handle)
// [date](url)», the date or the link alone, or neither. The cleaner reads it from raw lines
// (MarkdownTweetReader) and the body's Markdig pipeline from a parsed quote (TweetQuote).
internal static partial class MarkdownTweetSignature
{
    // The tweet whose text stands above the signature line, or null when the line is none.
    public static ContentBlock? Read(string line, string text)
    {
        if (Signature().Match(line) is not { Success: true } sig)
        {
            return null;
        }
        return new ContentBlock(BlockKind.Tweet, text, DirectionClassifier.Of(text),
            sig.Groups["url"].Value.Length > 0 ? sig.Groups["url"].Value : null,
            sig.Groups["name"].Value.Trim(), sig.Groups["handle"].Value,
            DateOnly.TryParse(sig.Groups["date"].Value, CultureInfo.InvariantCulture, out var d) ? d : null);
    }

    [GeneratedRegex(@"^[—–-]\s*(?<name>[^()]*?)\s*\(@(?<handle>\w+)\)\s*(?:\[(?<date>\d{4}-\d{2}-\d{2}|[^\]]*)\]\((?<url>[^)\s]+)\)|(?<date>\d{4}-\d{2}-\d{2})|<(?<url>[^>\s]+)>)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Signature();
}
