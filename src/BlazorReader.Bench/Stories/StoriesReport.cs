using BlazorReader.Core.Related;

namespace BlazorReader.Bench.Stories;

// The table of `bench stories`, then what to read by eye: missed pairs, failed generated
// cases, random story links and the biggest stories.
internal sealed record StoriesReport(int RewordedPairs, double NaturalRecall, double MoreLikeThisRecall, List<GeneratedCase> Generated, StoryPrecision Precision, TemplateFigures Templates, StorySizes Sizes, ListRuleFigures Lists, TimeSpan Rebuild)
{
    public void WriteTo(TextWriter output)
    {
        var rewrites = Generated.Where(c => c.Kind == GeneratedStories.Rewrite).ToList();
        output.WriteLine();
        output.WriteLine("| measure | value |");
        output.WriteLine("|---|---|");
        output.WriteLine($"| (a) reworded natural pairs (title-word Jaccard < {Stories.RewordedPairs.MaxTitleJaccard}): twin in the story | {NaturalRecall:F3} of {RewordedPairs} pairs |");
        output.WriteLine($"| (a) MoreLikeThis top 10, same pairs both ways | {MoreLikeThisRecall:F3} of {RewordedPairs * 2} queries |");
        output.WriteLine($"| (b) generated rewrites joining the original's story | {Share(rewrites.Count(c => c.Joined), rewrites.Count)} |");
        foreach (var kind in new[] { GeneratedStories.OtherEvent, GeneratedStories.DaysApart })
        {
            var cases = Generated.Where(c => c.Kind == kind).ToList();
            output.WriteLine($"| (b) hard negatives joined: {kind} | {cases.Count(c => c.Joined)} of {cases.Count} |");
        }
        output.WriteLine($"| (c) labelled pairs in one story | {Share(Precision.PairsJoined, Precision.Pairs)} |");
        output.WriteLine($"| (c) labelled non-pairs in one story | {Precision.NonPairsJoined} of {Precision.NonPairs} |");
        output.WriteLine($"| (c) story precision on labels (pairs + rewrites over all joined, negatives included) | {Precision.Precision:F4} |");
        output.WriteLine($"| (t) template pairs read by eye, other event in one story (false joins) | {Share(Templates.OtherJoined, Templates.Other)} |");
        output.WriteLine($"| (t) template pairs read by eye, one event in one story | {Share(Templates.SameJoined, Templates.Same)} |");
        output.WriteLine($"| (t) precision on template pairs ({Templates.Unmatched} labels not found in this corpus) | {Templates.Precision:F3} |");
        output.WriteLine($"| (c) two-paper story links sharing no 5-word phrase (not wrong by itself) | {Share(Precision.LinksWithoutSharedText, Precision.Links)} |");
        output.WriteLine($"| stories (≥ 2 papers after copies collapse) | {Sizes.Stories.Count}, {Sizes.Stories.Sum(s => s.Articles)} articles |");
        output.WriteLine($"| story sizes | {string.Join(", ", Sizes.Distribution().Select(d => $"{d.Bucket}: {d.Count}"))} |");
        output.WriteLine($"| biggest story | {(Sizes.Stories.Count == 0 ? "-" : $"{Sizes.Stories[0].Articles} articles, {Sizes.Stories[0].Papers} papers, {Sizes.Stories[0].SpanDays:0.0} days")} |");
        output.WriteLine($"| copies collapsed (CopyOf) | {Sizes.CopiesCollapsed} |");
        output.WriteLine($"| lists with an item of the article's own story | {Share(Lists.WithOwnStoryItem, Lists.Lists)} |");
        output.WriteLine($"| lists with two items of one story | {Share(Lists.TwoOfOneStory, Lists.Lists)} |");
        output.WriteLine($"| lists repeating a headline | {Share(Lists.RepeatingHeadline, Lists.Lists)} |");
        output.WriteLine($"| empty lists | {Share(Lists.Empty, Lists.Lists)} |");
        output.WriteLine($"| items with a reason | {Share(Lists.ItemsWithReason, Lists.Items)} |");
        output.WriteLine($"| related index rebuild, whole corpus | {Rebuild.TotalSeconds:0.0} s ({Environment.ProcessorCount} cores shared with other work: noisy) |");
    }

    public static void WriteMisses(TextWriter output, List<Related.LabelledPair> missed, IReadOnlyDictionary<int, RelatedDocument> byId, RelatedIndex index, Random random, int count)
    {
        output.WriteLine();
        output.WriteLine($"== {Math.Min(count, missed.Count)} random missed reworded pairs of {missed.Count}");
        foreach (var pair in missed.OrderBy(_ => random.Next()).Take(count))
        {
            output.WriteLine($"-- {pair.Left} ↔ {pair.Right}: containment {pair.Containment:F2}, stories of {index.SameStory.StoryMembers(pair.Left).Count} and {index.SameStory.StoryMembers(pair.Right).Count}");
            Write(output, byId[pair.Left]);
            Write(output, byId[pair.Right]);
        }
    }

    public static void WriteGeneratedFailures(TextWriter output, List<GeneratedCase> cases, IReadOnlyDictionary<int, RelatedDocument> byId, int count)
    {
        foreach (var kind in cases.Select(c => c.Kind).Distinct())
        {
            var failed = cases.Where(c => c.Kind == kind && c.Joined != (kind == GeneratedStories.Rewrite)).ToList();
            output.WriteLine();
            output.WriteLine($"== generated {kind}: {failed.Count} failed, first {Math.Min(count, failed.Count)}");
            foreach (var c in failed.Take(count))
            {
                Write(output, byId[c.Original.Id]);
                Write(output, c.Made);
            }
        }
    }

    public static void WriteTemplateFailures(TextWriter output, TemplateFigures templates, IReadOnlyDictionary<int, RelatedDocument> byId)
    {
        output.WriteLine();
        output.WriteLine($"== template pairs decided wrong: {templates.Wrong.Count}");
        foreach (var pair in templates.Wrong)
        {
            output.WriteLine($"-- {(pair.SameEvent ? "one event, split" : "other event, joined")}: {pair.Why}");
            output.WriteLine($"   [{byId[pair.Left].Source} {byId[pair.Left].PublishedAt:yyyy-MM-dd HH:mm}] {byId[pair.Left].Title}");
            output.WriteLine($"   [{byId[pair.Right].Source} {byId[pair.Right].PublishedAt:yyyy-MM-dd HH:mm}] {byId[pair.Right].Title}");
        }
    }

    // A random article in a story, and a random member of its story from another paper.
    public static void WriteLinks(TextWriter output, RelatedIndex index, List<RelatedDocument> articles, Random random, int count)
    {
        var byId = articles.ToDictionary(a => a.Id);
        var inStories = articles.Where(a => index.SameStory.StoryMembers(a.Id).Any(m => byId[m].Source != a.Source)).ToList();
        output.WriteLine();
        output.WriteLine($"== {count} random story links ({inStories.Count} articles are in a story; judge: same event?)");
        for (var i = 0; i < count && inStories.Count > 0; i++)
        {
            var from = inStories[random.Next(inStories.Count)];
            var others = index.SameStory.StoryMembers(from.Id).Where(m => byId[m].Source != from.Source).ToList();
            var to = byId[others[random.Next(others.Count)]];
            output.WriteLine($"-- {i + 1}: {from.Id} ↔ {to.Id} (story of {index.SameStory.StoryMembers(from.Id).Count})");
            Write(output, from);
            Write(output, to);
        }
    }

    // A few related lists as a reader sees them: headline, then each item with its reason.
    public static void WriteReasons(TextWriter output, RelatedIndex index, List<RelatedDocument> articles, Random random, int count)
    {
        var byId = articles.ToDictionary(a => a.Id);
        output.WriteLine();
        output.WriteLine($"== {count} random related lists, first 4 items with their reasons");
        for (var i = 0; i < count; i++)
        {
            var article = articles[random.Next(articles.Count)];
            output.WriteLine($"-- [{article.Source} {article.PublishedAt:yyyy-MM-dd}] {article.Title}");
            foreach (var item in index.ListFor(article.Id).Take(4))
            {
                output.WriteLine($"   «{item.Reason}» [{byId[item.ArticleId].Source} {byId[item.ArticleId].PublishedAt:yyyy-MM-dd}] {byId[item.ArticleId].Title}");
            }
        }
    }

    public static void WriteBiggest(TextWriter output, RelatedIndex index, List<RelatedDocument> articles, int count)
    {
        var byId = articles.ToDictionary(a => a.Id);
        output.WriteLine();
        output.WriteLine($"== the {count} biggest stories");
        foreach (var story in StorySizes.Of(index, articles).Stories.Take(count))
        {
            output.WriteLine($"-- {story.Articles} articles, {story.Papers} papers, {story.SpanDays:0.0} days; its headlines, one a paper and day:");
            foreach (var id in index.SameStory.StoryMembers(story.Id).DistinctBy(id => (byId[id].Source, byId[id].PublishedAt.Date)).Take(8))
            {
                output.WriteLine($"   [{byId[id].Source} {byId[id].PublishedAt:yyyy-MM-dd HH:mm}] {byId[id].Title}");
            }
        }
    }

    private static void Write(TextWriter output, RelatedDocument document)
    {
        var body = document.Body.ReplaceLineEndings(" ");
        output.WriteLine($"   [{document.Source} {document.PublishedAt:yyyy-MM-dd HH:mm}] {document.Title}");
        output.WriteLine($"      {body[..Math.Min(body.Length, 160)]}");
    }

    private static string Share(int part, int whole) => whole == 0 ? "-" : $"{part / (double)whole:F3} ({part} of {whole})";
}
