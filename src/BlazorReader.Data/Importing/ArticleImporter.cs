using System.Diagnostics;
using System.Threading.Channels;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;
using BlazorReader.Data.Articles;
using BlazorReader.Data.Media;
using BlazorReader.Imaging;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Importing;

// One importer for the CLI, the first-start seeds and admin uploads. Batches commit on their
// own, so a killed import run again skips what is stored and finishes the rest.
public sealed class ArticleImporter(IDbContextFactory<ReaderDbContext> contexts, ArticleCleaner cleaner, TimeProvider clock)
{
    public int BatchSize { get; init; } = 1000;

    // The rules a Markdown article's pictures pass, as the admin page's uploads do.
    public UploadLimits PictureLimits { get; init; } = UploadLimits.Default;

    // A pipeline of two stages: the next batch is cleaned (on every core) while this one is
    // written, since writing waits on the database and cleaning only on the CPU.
    public async Task<ImportSummary> ImportAsync(IEnumerable<ImportItem> items, ArticleStatus status,
        IProgress<ImportSummary>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var summary = new ImportSummary();
        var watch = Stopwatch.StartNew();
        var prepared = Channel.CreateBounded<PreparedBatch>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        RowColumns<Article> columns;
        KnownStories known;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            columns = RowColumns<Article>.Create(db);
            known = await KnownStoriesReader.ReadAllAsync(db, ct);
        }
        var preparer = new ImportBatchPreparer(cleaner, clock, status, columns, known);
        var pictures = new AuthoredPictureStore(new MediaLibrary(contexts, clock), PictureLimits);
        var preparing = Task.Run(() => PrepareAllAsync(items, pictures, preparer, prepared.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var batch in prepared.Reader.ReadAllAsync(ct))
            {
                ct.ThrowIfCancellationRequested();
                var before = ImportCounts.Tally.Of(summary);
                await using (var db = await contexts.CreateDbContextAsync(ct))
                {
                    await ImportBatchWriter.WriteAsync(db, batch, columns, summary, ct);
                }
                summary.Errors.AddRange(batch.Errors);
                summary.Warnings.AddRange(batch.Warnings);
                summary.NoBody += batch.NoBody;
                summary.Skipped += batch.NoBody;
                ImportCounts.AddSince(before, summary);
                summary.Elapsed = watch.Elapsed;
                progress?.Report(summary);
            }
        }
        catch
        {
            // The preparing stage is stopped; its own failure, if any, is secondary to this one.
            await stop.CancelAsync();
            await preparing.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            throw;
        }
        await preparing;
        summary.Elapsed = watch.Elapsed;
        return summary;
    }

    // Reading the sources also happens here, off the writing stage. Completing the channel in
    // all cases lets the writer finish; a failure of reading is rethrown by awaiting this task.
    // Markdown articles' pictures are stored first: their bodies then name them by library id.
    private async Task PrepareAllAsync(IEnumerable<ImportItem> items, AuthoredPictureStore pictures, ImportBatchPreparer preparer,
        ChannelWriter<PreparedBatch> writer, CancellationToken ct)
    {
        try
        {
            foreach (var batch in items.Chunk(BatchSize))
            {
                ct.ThrowIfCancellationRequested();
                await writer.WriteAsync(preparer.Prepare(await pictures.StoreAsync(batch, ct)), ct);
            }
        }
        finally
        {
            writer.Complete();
        }
    }
}
