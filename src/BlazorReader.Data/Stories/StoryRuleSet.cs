namespace BlazorReader.Data.Stories;

// The editors' decisions, read once per assignment (a handful of rows): who is kept apart
// and which articles are held together whatever the evidence says.
public sealed class StoryRuleSet
{
    private readonly HashSet<int> apart;
    private readonly Dictionary<int, List<int>> together = [];

    public StoryRuleSet(IEnumerable<StoryRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var all = rules.ToList();
        apart = [.. all.Where(r => r.Kind == StoryRuleKind.Apart).Select(r => r.ArticleId)];
        foreach (var rule in all.Where(r => r.Kind == StoryRuleKind.Together && r.OtherArticleId is not null))
        {
            Link(rule.ArticleId, rule.OtherArticleId!.Value);
            Link(rule.OtherArticleId!.Value, rule.ArticleId);
        }
    }

    public static StoryRuleSet None { get; } = new([]);

    public bool IsApart(int id) => apart.Contains(id);

    public IReadOnlyList<int> TogetherWith(int id) => together.TryGetValue(id, out var others) ? others : [];

    private void Link(int from, int to)
    {
        if (!together.TryGetValue(from, out var list))
        {
            list = [];
            together[from] = list;
        }
        list.Add(to);
    }
}
