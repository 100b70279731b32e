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
            .Take(MaxWords)
            .Select(w => w.Display)
            .ToList();
        return shared.Count == 0 ? null : string.Join("، ", shared);
    }
}
