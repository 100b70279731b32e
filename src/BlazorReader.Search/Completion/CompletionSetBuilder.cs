using BlazorReader.Core.Arabic;

namespace BlazorReader.Search.Completion;

// Builds the completion set from published headlines. Phrases are runs of one to three
// words inside a headline (not across its punctuation), neither starting nor ending with a
// function word, that at least two headlines share: what readers look for is what papers
// name in their headlines. Each headline counts once for a phrase, a quarter more when it is
// recent (weight 1 + ¼/(1 + age in weeks), age measured from the newest article, not the
// clock, so an old archive ranks as it did): frequency ranks, recency breaks near ties. A
// phrase reads as its most recent headline prints it.
internal static class CompletionSetBuilder
{
    private const int MaxPhraseWords = 3;
    private const int MinPhraseHeadlines = 2;
    private const float RecencyShare = 0.25f;

    private sealed class PhraseTally
    {
        public int Headlines;
        public float Weight;
        public long Ticks = long.MinValue;
        public string Text = "";
    }

    public static CompletionSet Build(IReadOnlyList<TitleRow> rows, long version)
    {
        var newest = rows.Count == 0 ? 0 : rows.Max(r => r.Ticks);
        var headlines = new Dictionary<string, CompletionSet.Headline>(StringComparer.Ordinal);
        var tallies = new Dictionary<string, PhraseTally>(StringComparer.Ordinal);
        var inThisHeadline = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var words = CompletionText.Words(row.Title);
            if (words.Count == 0)
            {
                continue;
            }
            var recency = Recency(row.Ticks, newest);
            var key = CompletionText.Key(words);
            // The same headline from several papers (or reprinted) is offered once, as its latest article.
            if (!headlines.TryGetValue(key, out var known) || row.Ticks > known.Row.Ticks)
            {
                headlines[key] = new CompletionSet.Headline(key, row, recency);
            }
            inThisHeadline.Clear();
            foreach (var (phrase, start, end) in Phrases(row.Title, words))
            {
                if (!inThisHeadline.Add(phrase))
                {
                    continue;
                }
                if (!tallies.TryGetValue(phrase, out var tally))
                {
                    tallies[phrase] = tally = new PhraseTally();
                }
                tally.Headlines++;
                tally.Weight += 1 + (RecencyShare * recency);
                if (row.Ticks > tally.Ticks)
                {
                    tally.Ticks = row.Ticks;
                    tally.Text = row.Title[start..end];
                }
            }
        }

        var phrases = tallies.Where(t => t.Value.Headlines >= MinPhraseHeadlines)
            .Select(t => new CompletionSet.Phrase(t.Key, t.Value.Text, t.Value.Weight))
            .OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        var headlineArray = headlines.Values.ToArray();
        var starts = new List<CompletionSet.WordStart>();
        for (var h = 0; h < headlineArray.Length; h++)
        {
            var key = headlineArray[h].Key;
            for (var offset = 0; offset >= 0 && offset < key.Length; offset = NextWord(key, offset))
            {
                if (!ArabicStopwords.Contains(WordAt(key, offset)))
                {
                    starts.Add(new CompletionSet.WordStart(h, offset));
                }
            }
        }
        return new CompletionSet(version, phrases, headlineArray, CompletionSet.SortStarts(headlineArray, starts));
    }

    private static IEnumerable<(string Key, int Start, int End)> Phrases(string title, List<CompletionText.Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!Opens(words[i].Normal))
            {
                continue;
            }
            for (var j = i; j < words.Count && j < i + MaxPhraseWords; j++)
            {
                if (j > i && !string.IsNullOrWhiteSpace(title[words[j - 1].End..words[j].Start]))
                {
                    break;
                }
                if (!ArabicStopwords.Contains(words[j].Normal) && !Dangling(title, words[j]))
                {
                    yield return (CompletionText.Key(words.Skip(i).Take(j - i + 1)), words[i].Start, words[j].End);
                }
            }
        }
    }

    // A phrase opens on a word a reader would start typing: not a function word, not a lone
    // letter or a bare number.
    private static bool Opens(string word) =>
        word.Length >= 2 && !ArabicStopwords.Contains(word) && !word.All(char.IsAsciiDigit);

    // «على» is not a stopword (folded, it is the name «علي»), but a phrase printed ending on the
    // preposition («أمطار غزيرة على») is no completion.
    private static bool Dangling(string title, CompletionText.Word word) =>
        title.AsSpan(word.Start, word.End - word.Start).SequenceEqual("على");

    private static float Recency(long ticks, long newest) =>
        1f / (1f + (float)(TimeSpan.FromTicks(Math.Max(0, newest - ticks)).TotalDays / 7));

    private static int NextWord(string key, int offset)
    {
        var space = key.IndexOf(' ', offset);
        return space < 0 ? -1 : space + 1;
    }

    private static string WordAt(string key, int offset)
    {
        var space = key.IndexOf(' ', offset);
        return space < 0 ? key[offset..] : key[offset..space];
    }
}
