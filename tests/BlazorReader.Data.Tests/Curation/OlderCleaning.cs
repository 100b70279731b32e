using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Data.Articles;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Tests.Curation;

// What an older cleaner left in the store, written straight over what today's cleaner stored
// at import, so that `reclean` has something to do.
internal static class OlderCleaning
{
    // Version 1 as if it had removed nothing: every raw line a paragraph.
    public static Task KeptEverythingAsync(TestStore store, int id) => RewriteAsync(store, id, article =>
    {
        article.Blocks = [.. RawLines.Of(article.RawText).Where(l => l.Trim().Length > 0)
            .Select(l => new ContentBlock(BlockKind.Paragraph, l.Trim(), DirectionClassifier.Of(l)))];
        article.RemovedFragments.Clear();
        article.Teasers.Clear();
    });

    // Version 1 as if it had taken the body's last paragraph for a teaser.
    public static Task TookLastParagraphAsync(TestStore store, int id) => RewriteAsync(store, id, article =>
    {
        var last = article.Blocks.FindLastIndex(b => b.Kind == BlockKind.Paragraph);
        article.RemovedFragments.Add(new RemovedFragmentRecord { Position = 99, Text = article.Blocks[last].Text, Reason = "teaser", Line = 999 });
        article.Blocks = [.. article.Blocks.Where((_, i) => i != last)];
    });

    // Version 1 as if it had cut the line it removed for a reason a little longer.
    public static Task CutLongerAsync(TestStore store, int id, string reason) => RewriteAsync(store, id, article =>
        article.RemovedFragments.First(f => f.Reason == reason).Text += " …");

    // Version 1 whose cleaning came out as today's does.
    public static async Task StampAsync(TestStore store, params int[] ids)
    {
        await using var db = store.Open();
        await db.Articles.Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.CleanerVersion, 1));
    }

    private static async Task RewriteAsync(TestStore store, int id, Action<Article> rewrite)
    {
        await using var db = store.Open();
        var article = await db.Articles.Include(a => a.RemovedFragments).Include(a => a.Teasers).SingleAsync(a => a.Id == id);
        rewrite(article);
        (article.CleanerVersion, article.CleaningDoubts) = (1, null);
        await db.SaveChangesAsync();
    }
}
