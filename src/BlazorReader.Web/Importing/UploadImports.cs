using System.Threading.Channels;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;
using BlazorReader.Data;
using BlazorReader.Data.Curation;
using BlazorReader.Data.Importing;

namespace BlazorReader.Web.Importing;

public sealed record UploadJob(string File, string Name, ArticleStatus Status, string? UserName);

// Files uploaded on the import page are imported here, one after another, by the same
// importer as the CLI. The page only queues: an editor can leave it and come back.
public sealed partial class UploadImports(ArticleImporter importer, ImportRunLog runs, StoreSettings store, ILogger<UploadImports> log) : BackgroundService
{
    public const long MaxFileBytes = 200L * 1024 * 1024;
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".json", ".jsonl", ".zip", ".html", ".htm" };

    private readonly Channel<UploadJob> queue = Channel.CreateUnbounded<UploadJob>();

    public string Folder => Directory.CreateDirectory(Path.Combine(store.DataDirectory, "uploads")).FullName;

    // Copies the upload under the data folder (the browser's stream ends with the request), then
    // queues it. Each upload has a folder of its own: a lone .md file's pictures are looked up
    // beside it, and must not be found among other uploads (they come in a zip with it).
    public async Task QueueAsync(Stream content, string name, ArticleStatus status, string? userName, IProgress<long>? copied, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var own = Directory.CreateDirectory(Path.Combine(Folder, Guid.NewGuid().ToString("N"))).FullName;
        var file = Path.Combine(own, "upload" + Path.GetExtension(name).ToLowerInvariant());
        await using (var target = File.Create(file))
        {
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                await target.WriteAsync(buffer.AsMemory(0, read), ct);
                total += read;
                copied?.Report(total);
            }
        }
        await queue.Writer.WriteAsync(new UploadJob(file, name, status, userName), ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await runs.RecordAsync(job.Name, job.UserName,
                    progress => importer.ImportAsync(ArticleSourceReader.Read(job.File).Select(i => Renamed(i, job)),
                        job.Status, progress, stoppingToken), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Recorded on the run by ImportRunLog; the next upload still runs.
                LogUploadStopped(log, e, job.Name);
            }
            finally
            {
                Directory.Delete(Path.GetDirectoryName(job.File)!, recursive: true);
            }
        }
    }

    // Errors and stored origins name the file the editor chose, not its temporary copy.
    private static ImportItem Renamed(ImportItem item, UploadJob job) => item with
    {
        Origin = Rename(item.Origin, job),
        Article = item.Article is { } a ? a with { Origin = a.Origin is { } o ? Rename(o, job) : job.Name } : null,
    };

    private static string Rename(string origin, UploadJob job) => origin.Replace(job.File, job.Name, StringComparison.Ordinal);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import of upload {Name} stopped.")]
    private static partial void LogUploadStopped(ILogger log, Exception e, string name);
}
