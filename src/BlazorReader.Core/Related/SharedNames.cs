namespace BlazorReader.Core.Related;

// The reason a reader sees beside a related link: the rare words (names, places, things) the
// two headlines share, or one headline shares with the other's opening, in the form one of
// the headlines prints them, the rarest first; null when they share none.
internal sealed class SharedNames(HeadlineWeights weights, SameStoryOptions options)
{
    public const int MaxWords = 3;

    public string? Between(HeadlineWords? article, StoryHeadline? articleLead, HeadlineWords? item, StoryHeadline? itemLead)
    {
        if (article is null || item is null)
        {
            return null;
        }

        var common = Math.Max(options.HeadlineMinRareCount, weights.Articles * options.ReasonRareShare);
        var articleWords = articleLead?.Lead.ToHashSet() ?? [.. article.Words.Select(w => w.Stem)];
        var itemWords = itemLead?.Lead.ToHashSet() ?? [.. item.Words.Select(w => w.Stem)];
        // The item's own headline words first: that is the line the reader sees.
        var shared = item.Words.Where(w => articleWords.Contains(w.Stem))
            .Concat(article.Words.Where(w => itemWords.Contains(w.Stem)))
            .Where(w => weights.ArticlesWith(w.Stem) <= common && w.Display.Length > 1)
            .DistinctBy(w => w.Stem)
            .OrderByDescending(w => weights.Weight(w.Stem))
            .Select(w => w.Display);
        // One form of a word is enough («المشتبهين» and «مشتبه» say one thing).
        var chosen = new List<string>();
        foreach (var word in shared)
        {
            if (chosen.Count < MaxWords && !chosen.Any(c => Overlaps(c, word)))
            {
                chosen.Add(word);
            }
        }

        return chosen.Count == 0 ? null : string.Join("، ", chosen);
    }

    private static bool Overlaps(string left, string right)
    {
        var (a, b) = (Arabic.ArabicNormalizer.Normalize(left).TrimStart('ا', 'ل'), Arabic.ArabicNormalizer.Normalize(right).TrimStart('ا', 'ل'));
        return a.Length > 0 && b.Length > 0 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal) ||
            a[..Math.Min(4, a.Length)] == b[..Math.Min(4, b.Length)]);
    }
}
