using BlazorReader.Core.Arabic;
using BlazorReader.Core.Related;

namespace BlazorReader.Bench.Stories;

// The related lists' rules measured on every article: no item of the article's own story,
// no headline twice in a list, few empty lists, and how many items carry a reason.
public sealed record ListRuleFigures(int Lists, int WithOwnStoryItem, int RepeatingHeadline, int Empty, int Items, int ItemsWithReason, int TwoOfOneStory)
{
    internal static ListRuleFigures Check(RelatedIndex index, List<RelatedDocument> articles)
    {
        var keys = articles.ToDictionary(a => a.Id, a => TitleKey.From(a.Title));
        var results = articles.AsParallel().Select(a =>
        {
            var list = index.ListFor(a.Id);
            var own = index.SameStory.StoryMembers(a.Id).ToHashSet();
            var headlines = list.Select(i => keys[i.ArticleId]).Where(k => k.Length > 0).ToList();
            var stories = list.Select(i => index.SameStory.ClusterOf(i.ArticleId)).ToList();
            return (Own: list.Any(i => own.Contains(i.ArticleId)), Repeat: headlines.Count != headlines.Distinct().Count(),
                Empty: list.Count == 0, Items: list.Count, Reasons: list.Count(i => i.Reason is not null), TwoOfOne: stories.Count != stories.Distinct().Count());
        }).ToList();
        return new ListRuleFigures(results.Count, results.Count(r => r.Own), results.Count(r => r.Repeat), results.Count(r => r.Empty),
            results.Sum(r => r.Items), results.Sum(r => r.Reasons), results.Count(r => r.TwoOfOne));
    }
}
