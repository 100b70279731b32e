using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Eighteenth;

// Puts the story's own furniture-like lines into a share of pages, where a writer would:
// lists after a paragraph, a hotline or a closing formula at the end. They are body. The
// round's scores only go where the page is a results page (LeagueSidebar).
internal sealed class StoryExtras(DressingPools pools)
{
    private readonly StatementLookalikes statements = new(pools);

    public void Add(DressingRandom r, PageDraft page)
    {
        var middle = page.Count < 2 ? page.Count : r.Between(1, page.Count);
        switch (r.Next(10))
        {
            case 0: Put(page, middle, ListLookalikes.Interview(r)); break;
            case 1: Put(page, middle, ListLookalikes.Points(r)); break;
            case 2: Put(page, middle, ListLookalikes.Verses(r)); break;
            case 3: Put(page, middle, [StatementLookalikes.AppNotice(r)]); break;
            case 4: Put(page, middle, ListLookalikes.Prices(r)); break;
            case 5: Put(page, middle, [statements.QuotedPost(r, page)]); break;
            case 6: Put(page, middle, [StatementLookalikes.Source(r)]); break;
            case 7: Put(page, middle, [StatementLookalikes.FollowUs(r)]); break;
            case 8: Put(page, page.Count, [StatementLookalikes.Hotline(r)]); break;
            default: Put(page, page.Count, StatementLookalikes.Closing(r)); break;
        }
    }

    public static void Put(PageDraft page, int slot, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            page.At(slot, new Block([line], new ExpectedBlock(BlockKind.Paragraph, TextReferee.Normalize(line))));
        }
    }
}
