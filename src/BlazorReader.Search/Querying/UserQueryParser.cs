using System.Text;
using BlazorReader.Core.Arabic;

namespace BlazorReader.Search.Querying;

// Parses the query language people type: words, "quoted phrases" and -excluded words.
// Nothing reaches Lucene's own syntax: every character other than a quote or a leading
// minus is just text for the analyzer, which drops what is not a letter or digit. An
// unbalanced quote closes at the end. Long input is cut: nobody types 10,000 characters.
internal static class UserQueryParser
{
    public const int MaxLength = 400;
    private const int MaxWords = 40;

    public static UserQuery Parse(string? raw)
    {
        raw ??= "";
        var truncated = raw.Length > MaxLength;
        var text = truncated ? raw[..MaxLength] : raw;
        var words = new List<AnalyzedToken>();
        var phrases = new List<IReadOnlyList<AnalyzedToken>>();
        var excluded = new List<AnalyzedToken>();
        var loose = new StringBuilder();
        var parts = text.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 1)
            {
                var phrase = ArabicTextAnalyzer.Analyze(parts[i]);
                if (phrase.Count > 1) phrases.Add(phrase);
                else words.AddRange(phrase);
                continue;
            }

            foreach (var chunk in parts[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                if (chunk.Length > 1 && chunk[0] == '-') excluded.AddRange(ArabicTextAnalyzer.Analyze(chunk[1..]));
                else loose.Append(chunk).Append(' ');
            }
        }

        // Loose words are analysed together so their positions support proximity scoring.
        words.InsertRange(0, ArabicTextAnalyzer.Analyze(loose.ToString()));
        truncated |= words.Count > MaxWords;
        // Only a plain query (no quotes, no exclusions) can be a pasted headline.
        var titleKey = phrases.Count == 0 && excluded.Count == 0 && !truncated ? TitleKey.From(text) : null;
        return new UserQuery(words.Take(MaxWords).ToList(), phrases, excluded, titleKey, truncated, !string.IsNullOrWhiteSpace(text));
    }
}
