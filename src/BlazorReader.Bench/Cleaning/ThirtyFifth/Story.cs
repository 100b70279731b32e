using System.Globalization;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.ThirtyFifth;

// One line of the story as the reader keeps it: an own paragraph, a look-alike, a post's
// introduction, or a post.
internal abstract record StoryItem;

internal sealed record StoryLine(string Text) : StoryItem;

internal sealed record StoryPost(PostDraft Post) : StoryItem;

// The article being dressed and what every shape draws on: its title, a paper, a person,
// a day, and the other stories a page lists beside it.
internal sealed class Story(RawArticle article, DressingPools pools, DressingRandom r)
{
    private readonly HashSet<string> usedTeasers = new(StringComparer.Ordinal);

    private readonly string ownText = TextReferee.Normalize(article.Text);

    public RawArticle Article => article;

    public DressingPools Pools => pools;

    public IReadOnlyList<string> Own { get; } = TextReferee.Lines(article.Text);

    public string Title { get; } = TextReferee.Normalize(article.Title ?? "");

    public string Paper { get; } = r.Pick(DressingPools.Papers);

    public string Person { get; } = DressingPools.PersonName(r);

    public string City { get; } = r.Pick(DressingPools.Cities);

    public DateTime When { get; } = (article.PublishedAt ?? new DateTime(2015, 7, 21)).Date.AddHours(r.Between(6, 23)).AddMinutes(r.Next(60)).AddSeconds(r.Next(60));

    public List<StoryItem> Items { get; } = [];

    public string HeadTitle => Title.Length > 0 ? Title : Own[0][..Math.Min(Own[0].Length, 60)];

    // Another story's title or lead, never this one's, never twice on one page.
    public string? Teaser(DressingRandom dice, bool lead = false)
    {
        for (var tries = 0; tries < 12; tries++)
        {
            var pick = lead && pools.Leads.Count > 0 ? dice.Pick(pools.Leads)
                : tries == 0 && dice.Chance(0.4) ? pools.RelatedTitle(dice, article.Title)
                : pools.Titles.Count > 0 ? dice.Pick(pools.Titles) : null;
            if (pick is not null && pick != Title && !ownText.Contains(pick, StringComparison.Ordinal) && usedTeasers.Add(pick))
            {
                return pick;
            }
        }
        return null;
    }

    public List<string> Teasers(DressingRandom dice, int count, bool leads = false) =>
        [.. Enumerable.Range(0, count).Select(_ => Teaser(dice, leads)).OfType<string>()];

    public bool IsOwnLine(string line) => Own.Contains(TextReferee.Normalize(line));

    public string Iso(string format = "yyyy-MM-dd") => When.ToString(format, CultureInfo.InvariantCulture);
}
