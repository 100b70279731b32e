using BlazorReader.Core.Related;

namespace BlazorReader.Bench.Stories;

public sealed record GeneratedCase(string Kind, RelatedDocument Original, RelatedDocument Made, bool Joined);

// Part (b): each generated text is added to the full index on its own, checked, and taken out
// again, as an import of one article would be. A rewrite must join its original's story; a
// different event in the same template, or the rewrite moved days beyond the window, must not.
internal static class GeneratedStories
{
    public const string Rewrite = "rewrite";
    public const string OtherEvent = "same template, other event";
    public const string DaysApart = "rewrite 4-10 days later";

    public static List<GeneratedCase> Check(RelatedIndex index, List<RelatedDocument> articles, Random random, int count)
    {
        var sources = articles.Select(a => a.Source).Where(s => s.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        var rewriter = new StoryRewriter(random, articles, sources);
        var nextId = articles.Max(a => a.Id) + 1;
        var eligible = articles.Where(a => a.Title.Length > 0 && a.Body.Length >= 300).ToList();
        var cases = new List<GeneratedCase>();
        var (rewrites, others, later) = (0, 0, 0);
        for (var attempt = 0; attempt < count * 50 && (rewrites < count || others < count || later < count); attempt++)
        {
            var original = eligible[random.Next(eligible.Count)];
            if (rewrites < count)
            {
                cases.Add(Try(index, Rewrite, original, rewriter.Rewrite(original, nextId++)));
                rewrites++;
            }
            if (later < count && random.NextDouble() < 0.5)
            {
                var made = rewriter.Rewrite(original, nextId++);
                cases.Add(Try(index, DaysApart, original, made with { PublishedAt = original.PublishedAt.AddHours(96 + random.Next(144)) }));
                later++;
            }
            if (others < count && rewriter.OtherEvent(original, nextId++) is { } other)
            {
                cases.Add(Try(index, OtherEvent, original, other));
                others++;
            }
        }

        return cases;
    }

    private static GeneratedCase Try(RelatedIndex index, string kind, RelatedDocument original, RelatedDocument made)
    {
        var story = index.SameStory.StoryMembers(original.Id).ToHashSet();
        index.Add(made);
        var joined = index.SameStory.StoryMembers(made.Id).Any(story.Contains);
        index.Remove(made.Id);
        return new GeneratedCase(kind, original, made, joined);
    }
}
