using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// A site's strings file the story was translated in. Gettext PO: comments («#: file:12»,
// «#, fuzzy»), keys («msgid "article.body.3"», the source language's), and the translation in
// «msgstr "…"» with its continuation lines («"…"»), a string cut across lines where a scraper
// wrapped it; the first entry (an empty key) is the file's header. XLIFF: each unit's
// «<source>» is the source language's, its «<target>» the story's. The keys, the comments, the
// header and the sources go; the translations come back as plain lines.
internal sealed partial class TranslationFile : ICleaningStep
{
    private const int MinEntries = 3;

    private enum Entry { None, Key, Header, Translation }

    public void Apply(CleaningContext context)
    {
        if (context.Lines.Count(l => l.Tweet is null && Keyword().IsMatch(l.Text)) >= MinEntries * 2)
        {
            ReadPo(context);
        }
        else if (context.Lines.Count(l => l.Tweet is null && l.Text.Contains("<trans-unit", StringComparison.Ordinal)) >= MinEntries)
        {
            foreach (var line in context.Lines.Where(l => l.Tweet is null && l.Text.Contains("<source", StringComparison.Ordinal)))
            {
                context.KeepWords(line, Source().Replace(line.Text, "").Trim());
            }
        }
    }

    private static void ReadPo(CleaningContext context)
    {
        var entry = Entry.None;
        var open = false;
        foreach (var line in context.Lines.Where(l => l.Tweet is null).ToList())
        {
            var text = line.Text.Trim();
            string? words;
            if (open)
            {
                // A string cut across lines: this line goes on with it, up to its closing quote.
                open = !Closes(text);
                words = entry == Entry.Translation ? Unquote(open ? text : text[..^1]) : null;
            }
            else if (text.StartsWith('#'))
            {
                (entry, words) = (Entry.None, null);
            }
            else if (Keyword().Match(text) is { Success: true } m)
            {
                var rest = m.Groups["rest"].Value;
                open = !Closes(rest);
                var value = open ? rest : rest[..^1];
                var translation = m.Groups["word"].Value.StartsWith("msgstr", StringComparison.Ordinal);
                entry = !translation ? (value.Length == 0 ? Entry.Header : Entry.Key) : entry == Entry.Header ? Entry.Header : Entry.Translation;
                words = entry == Entry.Translation ? Unquote(value) : null;
            }
            else if (entry != Entry.None && text.Length >= 2 && text[0] == '"')
            {
                open = !Closes(text[1..]);
                words = entry == Entry.Translation ? Unquote(open ? text[1..] : text[1..^1]) : null;
            }
            else
            {
                entry = Entry.None;
                continue;
            }
            context.KeepWords(line, words?.Trim() ?? "");
        }
    }

    // A string's closing quote: the last character, a quote no backslash escapes.
    private static bool Closes(string rest) => rest.EndsWith('"') && !rest.EndsWith("\\\"", StringComparison.Ordinal) || rest.EndsWith("\\\\\"", StringComparison.Ordinal);

    private static string Unquote(string value) => Escape().Replace(value, m => m.Value[1] switch
    {
        'n' or 't' or 'r' => " ",
        var c => c.ToString(),
    });

    [GeneratedRegex(@"^(?<word>msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+""(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Keyword();

    [GeneratedRegex(@"\\.", RegexOptions.CultureInvariant)]
    private static partial Regex Escape();

    [GeneratedRegex(@"<source\b[^>]*>.*?</source>", RegexOptions.CultureInvariant)]
    private static partial Regex Source();
}
