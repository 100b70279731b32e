namespace BlazorReader.Imaging;

// What an upload may be at most. The pixel count is read from the file's header before any
// decoding: a small file that decodes to gigabytes (a decompression bomb) stops there.
public sealed record UploadLimits(long MaxBytes, long MaxPixels)
{
    // 20 MB holds any camera's JPEG; 50 megapixels is past a full-frame camera's 45.
    public static UploadLimits Default { get; } = new(20L * 1024 * 1024, 50_000_000);
}
