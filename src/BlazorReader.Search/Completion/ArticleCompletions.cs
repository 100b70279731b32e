using Lucene.Net.Index;

namespace BlazorReader.Search.Completion;

// Search as you type: up to eight completions of what the reader has typed, from the
// published headlines the index holds. The set follows the index: a lookup that finds the
// index newer than its set starts building the next one in the background and answers from
// the current one meanwhile (only the very first lookup waits for a build), so a reader's
// keystroke never waits on an editor's save.
public sealed class ArticleCompletions(ArticleIndex index)
{
    public const int MaxItems = 8;
    public const int MinLetters = 2;

    // Places kept for headlines when they match, so a very common prefix does not show phrases only.
    private const int HeadlinePlaces = 3;

    // Prefixes this short (normalised, spaces included) are answered once per set and remembered.
    private const int ShortPrefix = 3;
    private const int MaxShortAnswers = 50_000;

    private readonly PublishedTitleReader titles = new();
    private readonly Lock building = new();
    private CompletionSet? current;
    private int refreshing;

    // The letters a completion would start from: diacritics, tatweel and punctuation do not count.
    public static int LettersIn(string typed) => TypedPrefix.From(typed).Letters;

    public IReadOnlyList<CompletionItem> Suggest(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var prefix = TypedPrefix.From(typed);
        if (prefix.Letters < MinLetters)
        {
            return [];
        }
        var set = CurrentSet();
        var remembered = prefix.Text.Length <= ShortPrefix;
        if (remembered && set.ShortAnswers.TryGetValue(prefix.Text, out var known))
        {
            return known;
        }
        var items = Pick(set, prefix);
        if (remembered && set.ShortAnswers.Count < MaxShortAnswers)
        {
            set.ShortAnswers.TryAdd(prefix.Text, [.. items]);
        }
        return items;
    }

    // The typed text's completions first, then its variants' in the places left.
    private static List<CompletionItem> Pick(CompletionSet set, TypedPrefix prefix)
    {
        var items = new List<CompletionItem>(MaxItems);
        var offered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variant in prefix.Variants())
        {
            var phrases = set.Phrases(variant, MaxItems);
            var headlines = set.Headlines(variant, MaxItems);
            var phrasePlaces = MaxItems - items.Count - Math.Min(HeadlinePlaces, headlines.Count);
            var phrasesTaken = 0;
            foreach (var p in phrases.TakeWhile(_ => phrasesTaken < phrasePlaces))
            {
                if (offered.Add(p.Key))
                {
                    items.Add(new CompletionItem(p.Text, CompletionKind.Phrase));
                    phrasesTaken++;
                }
            }
            foreach (var h in headlines.Where(h => items.Count < MaxItems && offered.Add(h.Key)))
            {
                items.Add(new CompletionItem(h.Row.Title, CompletionKind.Title, h.Row.Id, h.Row.Slug));
            }
            foreach (var p in phrases.Where(p => items.Count < MaxItems && offered.Add(p.Key)))
            {
                items.Add(new CompletionItem(p.Text, CompletionKind.Phrase));
            }
            if (items.Count == MaxItems)
            {
                break;
            }
        }
        return items;
    }

    // Builds the set for the index as it is now, unless the current one already is.
    public void Refresh()
    {
        lock (building)
        {
            index.WithSearcher(searcher =>
            {
                var version = ((DirectoryReader)searcher.IndexReader).Version;
                if (current?.Version != version)
                {
                    Volatile.Write(ref current, CompletionSetBuilder.Build(titles.Read(searcher), version));
                }
                return version;
            });
        }
    }

    // Builds the first set in the background, so that the first reader to type does not wait for it.
    public void Warm()
    {
        if (Volatile.Read(ref current) is null && Interlocked.CompareExchange(ref refreshing, 1, 0) == 0)
        {
            _ = Task.Run(RefreshInBackground);
        }
    }

    // What the current set holds, for the benchmark's report.
    public (int Phrases, int Headlines) Size() => Volatile.Read(ref current) is { } set ? (set.PhraseCount, set.HeadlineCount) : (0, 0);

    private CompletionSet CurrentSet()
    {
        var set = Volatile.Read(ref current);
        if (set is null)
        {
            Refresh();
            return Volatile.Read(ref current) ?? CompletionSet.Empty;
        }
        var version = index.WithSearcher(s => ((DirectoryReader)s.IndexReader).Version);
        // One build at a time (about two seconds of one core for the full corpus): while an
        // import commits batch after batch, the set follows a build behind.
        if (set.Version != version && Interlocked.CompareExchange(ref refreshing, 1, 0) == 0)
        {
            _ = Task.Run(RefreshInBackground);
        }
        return set;
    }

    private void RefreshInBackground()
    {
        try
        {
            Refresh();
        }
        catch (ObjectDisposedException)
        {
            // The index closed under the build (the app is stopping): nothing left to complete.
        }
        finally
        {
            Volatile.Write(ref refreshing, 0);
        }
    }
}
