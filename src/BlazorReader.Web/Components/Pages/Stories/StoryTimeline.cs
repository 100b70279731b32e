using BlazorReader.Data.Queries;

namespace BlazorReader.Web.Components.Pages.Stories;

// One paper's telling of a development: the paper's name as readers see it and its article.
public sealed record TimelinePaper(string? Name, StoryMember Article);

// One development: the articles of a day under one headline, one line per paper.
public sealed record TimelineDevelopment(StoryMember First, IReadOnlyList<TimelinePaper> Papers);

public sealed record TimelineDay(DateOnly Day, IReadOnlyList<TimelineDevelopment> Developments);

// A story's timeline, day by day, earliest first. Within a day, articles whose normalised
// headlines agree (TitleKey) report one development; a paper that published it several times
// (the corpus holds many copies) is one line, its earliest article.
public static class StoryTimeline
{
    public static IReadOnlyList<TimelineDay> Build(IEnumerable<StoryMember> members, Func<string?, string?> nameOf)
    {
        ArgumentNullException.ThrowIfNull(nameOf);
        return [.. members.OrderBy(m => m.SortDate).ThenBy(m => m.Id)
            .GroupBy(m => DateOnly.FromDateTime(m.SortDate))
            .Select(day => new TimelineDay(day.Key, [.. day
                .GroupBy(m => m.TitleKey.Length > 0 ? m.TitleKey : "#" + m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal)
                .Select(development => new TimelineDevelopment(development.First(), [.. development
                    // Articles without a source are each their own line: nothing says they are copies.
                    .GroupBy(m => m.Source ?? "#" + m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal)
                    .Select(paper => new TimelinePaper(nameOf(paper.First().Source), paper.First()))]))]))];
    }
}
