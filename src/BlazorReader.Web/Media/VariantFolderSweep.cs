using BlazorReader.Data.Queries;

namespace BlazorReader.Web.Media;

// A picture deleted on another instance (or by `cli media sweep`) leaves this instance's
// variant files behind: once an hour, and at start, the folders of pictures no longer stored
// go. The instance that deletes a picture drops its own folder at once (VariantCache.Forget).
public sealed partial class VariantFolderSweep(VariantCache variants, MediaQuery media, TimeProvider clock, ILogger<VariantFolderSweep> log) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromHours(1);

    public async Task SweepAsync(CancellationToken ct)
    {
        var held = variants.Held();
        if (held.Count == 0)
        {
            return;
        }
        var stored = await media.PicturesAsync(held, ct);
        foreach (var id in held.Where(id => !stored.ContainsKey(id)))
        {
            variants.Forget(id);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A file being served or drawn right now, or the store out of reach: the next
                // sweep takes what this one left; the app goes on serving.
                NotAllRemoved(log, e);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Variant files of deleted pictures were not all removed")]
    private static partial void NotAllRemoved(ILogger logger, Exception error);
}
