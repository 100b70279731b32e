using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BlazorReader.Core.Related;

namespace BlazorReader.Bench.Stories;

// Makes "another paper's rewrite" of an article from shapes a desk applies (see
// RewriteCatalogue), and a different event in the same template, deterministically from
// one Random. The original is never changed.
internal sealed partial class StoryRewriter(Random random, IReadOnlyList<RelatedDocument> corpus, IReadOnlyList<string> sources)
{
    public RelatedDocument Rewrite(RelatedDocument original, int id)
    {
        var paragraphs = Paragraphs(original.Body);
        var title = Headline(original.Title, original.Body);
        var lead = Lead(paragraphs[0]);
        var rest = paragraphs.Skip(1).Where(_ => random.NextDouble() < 0.6).OrderBy(_ => random.Next()).ToList();
        rest.Insert(rest.Count == 0 ? 0 : random.Next(rest.Count + 1), Background(original));
        return new RelatedDocument(id, title, string.Join("\n", rest.Prepend(lead)), OtherSource(original.Source), original.PublishedAt.AddHours(random.Next(49)));
    }

    // The same template told of another event: other numbers, another place, and the rest
    // of the body from another article. Null when the headline holds neither to change.
    public RelatedDocument? OtherEvent(RelatedDocument original, int id)
    {
        var place = RewriteCatalogue.Places.FirstOrDefault(p => Place(p).IsMatch(original.Title));
        var other = place is null ? null : RewriteCatalogue.Places.Where(p => p != place && !original.Body.Contains(p, StringComparison.Ordinal)).OrderBy(_ => random.Next()).First();
        if (place is null && !Digits().IsMatch(original.Title))
        {
            return null;
        }

        var offset = 2 + random.Next(40);
        string Swap(string text) => Digits().Replace(place is null ? text : Place(place).Replace(text, $"$1{other}"),
            m => (Number(m.Value) + offset).ToString(CultureInfo.InvariantCulture));
        var paragraphs = Paragraphs(original.Body);
        var elsewhere = Paragraphs(corpus[random.Next(corpus.Count)].Body);
        return new RelatedDocument(id, Swap(original.Title), string.Join("\n", elsewhere.Prepend(Swap(paragraphs[0]))), OtherSource(original.Source), original.PublishedAt.AddHours(random.Next(49)));
    }

    private string Headline(string title, string body)
    {
        var text = Reorder(title);
        text = SwapWords(text);
        var place = RewriteCatalogue.Places.FirstOrDefault(p => text.Contains(p, StringComparison.Ordinal));
        if (place is not null && random.NextDouble() < 0.5)
        {
            text = text.Replace(place, "", StringComparison.Ordinal);
        }
        else if (RewriteCatalogue.Places.FirstOrDefault(p => body.Contains(p, StringComparison.Ordinal) && !text.Contains(p, StringComparison.Ordinal)) is { } named && random.NextDouble() < 0.5)
        {
            text = $"{named}: {text}";
        }
        else
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            var droppable = Enumerable.Range(1, Math.Max(0, words.Count - 1)).Where(i => words[i].Length >= 4).ToList();
            if (droppable.Count > 0 && words.Count > 4)
            {
                words.RemoveAt(droppable[random.Next(droppable.Count)]);
            }
            text = string.Join(' ', words);
        }

        return IndicDigits(Spaces().Replace(text, " ").Trim());
    }

    // Clauses around a colon, a comma or a dash change places; otherwise a closing «في …»
    // phrase moves to the front, as a desk writing its own headline often does.
    private string Reorder(string title)
    {
        foreach (var separator in new[] { ":", "،", " - ", "..", "…" })
        {
            var at = title.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && at + separator.Length < title.Length)
            {
                return $"{title[(at + separator.Length)..].Trim()}{(separator == ":" ? "، " : ": ")}{title[..at].Trim()}";
            }
        }

        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var fi = Array.LastIndexOf(words, "في");
        return fi > 1 && random.NextDouble() < 0.7 ? $"{string.Join(' ', words[fi..])}.. {string.Join(' ', words[..fi])}" : title;
    }

    private string Lead(string paragraph)
    {
        var sentences = Sentences().Split(paragraph).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        string text;
        if (sentences.Count >= 2 && random.NextDouble() < 0.5)
        {
            (sentences[0], sentences[1]) = (sentences[1], sentences[0]);
            text = string.Join(". ", sentences);
        }
        else if (sentences.Count >= 2)
        {
            text = string.Join(" و", sentences.Take(2)) + (sentences.Count > 2 ? ". " + string.Join(". ", sentences.Skip(2)) : "");
        }
        else
        {
            var comma = paragraph.IndexOf('،', StringComparison.Ordinal);
            text = comma > 0 ? $"{paragraph[(comma + 1)..].Trim()}. {paragraph[..comma].Trim()}" : paragraph;
        }

        return IndicDigits(SwapWords(text));
    }

    private string SwapWords(string text)
    {
        var builder = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            var group = RewriteCatalogue.Verbs.FirstOrDefault(g => g.Contains(word));
            builder.Append(group is null ? word : group[random.Next(group.Length)]).Append(' ');
        }

        var swapped = builder.ToString().TrimEnd();
        foreach (var (a, b) in RewriteCatalogue.Synonyms.Concat(RewriteCatalogue.Connectives))
        {
            if (random.NextDouble() < 0.7)
            {
                swapped = WholeWord(a).Replace(swapped, b);
            }
        }

        return swapped;
    }

    private string Background(RelatedDocument original)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var other = corpus[random.Next(corpus.Count)];
            var paragraph = Paragraphs(other.Body).FirstOrDefault(p => p.Length >= 80);
            if (other.Id != original.Id && paragraph is not null)
            {
                return paragraph;
            }
        }

        return "";
    }

    private string OtherSource(string source)
    {
        var others = sources.Where(s => s != source).ToList();
        return others[random.Next(others.Count)];
    }

    private static List<string> Paragraphs(string body)
    {
        var paragraphs = body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return paragraphs.Count == 0 ? [""] : paragraphs;
    }

    private static long Number(string digits) =>
        digits.Aggregate(0L, (n, c) => (n * 10) + (c is >= '\u0660' and <= '\u0669' ? c - '\u0660' : c - '0')) % 1_000_000_000;

    private static string IndicDigits(string text) =>
        string.Concat(text.Select(c => c is >= '0' and <= '9' ? (char)('\u0660' + (c - '0')) : c));

    // A place as a word of its own, or behind one of the letters a place name takes in front.
    private static Regex Place(string place) => new($@"(?<![\p{{L}}])([وبل]?){Regex.Escape(place)}(?![\p{{L}}])", RegexOptions.CultureInvariant);

    private static Regex WholeWord(string word) => new($@"(?<![\p{{L}}]){Regex.Escape(word)}(?![\p{{L}}])", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"[0-9\u0660-\u0669]+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<=[.!؟?])\s+")]
    private static partial Regex Sentences();
}
