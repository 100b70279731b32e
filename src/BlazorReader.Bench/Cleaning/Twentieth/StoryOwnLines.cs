namespace BlazorReader.Bench.Cleaning.Twentieth;

// Where the story's furniture-like lines go (see LookalikeBody): a hotline, an interview, a
// list or verses between paragraphs, a closing formula after the last one, subheadings over
// some paragraphs. Each is body a reader expects back whole and in its place.
internal static class StoryOwnLines
{
    public static void Dress(PageDraft page, DressingRandom r)
    {
        if (r.Chance(0.4))
        {
            var first = r.Next(8);
            // One or two shapes, never the same one twice: two hotlines in a row read as a fault.
            foreach (var shape in r.Chance(0.3) ? [first, (first + r.Between(1, 7)) % 8] : new[] { first })
            {
                switch (shape)
                {
                    case 0: page.After(page.Gap(r), LookalikeBody.Hotline(r)); break;
                    case 1: page.After(page.Gap(r), LookalikeBody.Interview(r)); break;
                    case 2: page.After(page.Gap(r), LookalikeBody.Points(r)); break;
                    case 3: page.After(page.Gap(r), LookalikeBody.Verses(r)); break;
                    case 4: page.After(page.Gap(r), LookalikeBody.QuotedPost(r, page)); break;
                    case 5: page.AfterBody(LookalikeBody.Closing(r)); break;
                    case 6: page.After(page.Gap(r), LookalikeBody.Source(r)); break;
                    default: page.After(page.Gap(r), LookalikeBody.SocialStory(r)); break;
                }
            }
        }
        if (r.Chance(0.15) && page.Paragraphs >= 3)
        {
            // Over paragraphs two onward, never over the lead: a report's parts have headings.
            foreach (var k in Enumerable.Range(1, page.Paragraphs - 1).Where(_ => r.Chance(0.35)).Take(3).Reverse().ToList())
            {
                page.After(k - 1, LookalikeBody.Subheading(r));
            }
        }
    }
}
