using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Cleaning;

// After chrome, anywhere in the text: «اقرأ أيضا: العنوان» lines, and a header followed by
// other stories' titles. Each title becomes a teaser (linked to the story when the store
// holds it). A header whose title is empty takes the titled lines right below it.
internal sealed class ReadAlsoTaker : ICleaningStep
{
    private const int MaxTitles = 8;

    public void Apply(CleaningContext context)
    {
        var lines = context.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Tweet is not null || OtherStoriesHeader.Rest(lines[i].Text) is not { } rest)
            {
                continue;
            }
            var header = lines[i];
            var title = rest.TrimStart(':', '：', '-', '–', '—', '.', '…', ' ', '|');
            context.Remove(header, "read-also");
            if (title.Length > 0)
            {
                context.Teasers.Add(new Teaser(title));
            }
            else
            {
                // The titles of one block share one shape: all bulleted alike, or none.
                var bullet = i < lines.Count ? ReadAlsoLines.BulletOf(lines[i].Text) : "";
                for (var taken = 0; taken < MaxTitles && i < lines.Count && lines[i].Tweet is null && ReadAlsoLines.IsListedTitle(lines[i].Text, firstUnderHeader: taken == 0)
                    && ReadAlsoLines.BulletOf(lines[i].Text) == bullet; taken++)
                {
                    context.Teasers.Add(new Teaser(ReadAlsoLines.WithoutBullet(lines[i].Text)));
                    context.Remove(lines[i], "read-also");
                }
            }
            i--;
        }
    }
}
