using System.Collections.Concurrent;
using BlazorReader.Data;
using BlazorReader.Data.Queries;
using BlazorReader.Imaging;

namespace BlazorReader.Web.Media;

// This instance's variants on its own disk: drawn from the stored original on the first
// request, served from the file after that. Requests that arrive together for a variant not
// yet drawn wait on one drawing. A file appears whole (written aside, then moved) or not at all.
public sealed class VariantCache(MediaQuery media, StoreSettings settings)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string?>>> drawing = new(StringComparer.Ordinal);
    private int drawn;

    public string Folder { get; } = Path.Combine(settings.DataDirectory, "media");

    // How many variants this instance has drawn since it started.
    public int Drawn => drawn;

    public async Task<string?> FileAsync(VariantName name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(name);
        var file = Path.Combine(Folder, name.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), name.FileName);
        if (File.Exists(file))
        {
            return file;
        }
        var once = drawing.GetOrAdd(file, f => new Lazy<Task<string?>>(() => DrawAsync(name, f)));
        try
        {
            return await once.Value.WaitAsync(ct);
        }
        finally
        {
            // Later requests find the file; a failed drawing may be tried again.
            if (once.Value.IsCompleted)
            {
                drawing.TryRemove(new KeyValuePair<string, Lazy<Task<string?>>>(file, once));
            }
        }
    }

    // A picture taken out of the library: its variants go from this instance's disk at once.
    // A file held open elsewhere (Windows) stays for the next sweep (VariantFolderSweep).
    public void Forget(int id)
    {
        var folder = Path.Combine(Folder, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    // The pictures this instance holds variants of (its folders named by id).
    public IReadOnlyList<int> Held() => Directory.Exists(Folder)
        ? [.. Directory.EnumerateDirectories(Folder).Select(Path.GetFileName)
            .Select(n => int.TryParse(n, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0)]
        : [];

    // Not the request's token: a drawing others wait on finishes even if its first asker leaves.
    // The address is checked against the picture's words first: a wrong hash or width (anyone
    // may ask for any) must not cost a read of a blob of up to 20 MB.
    private async Task<string?> DrawAsync(VariantName name, string file)
    {
        var pictures = await media.PicturesAsync([name.Id]);
        if (!pictures.TryGetValue(name.Id, out var picture) || !picture.ContentHash.StartsWith(name.Hash, StringComparison.Ordinal)
            || !VariantWidths.For(picture.Width).Contains(name.Width)
            || await media.OriginalBytesAsync(picture.Id, picture.ContentHash) is not { } original)
        {
            return null;
        }
        var bytes = await Task.Run(() => VariantRenderer.Render(original, name.Width, name.Format));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var aside = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(aside, bytes);
        File.Move(aside, file, overwrite: true);
        Interlocked.Increment(ref drawn);
        return file;
    }
}
