using System.Globalization;
using System.Security.Cryptography;
using SkiaSharp;

namespace BlazorReader.Imaging;

// The rules an uploaded picture passes before it is stored, in the order that keeps each
// check cheap: its byte count, its type by content, its pixel count from the header, and
// only then a decode. What is stored is re-encoded from the pixels, so EXIF and GPS data,
// comments and anything appended after the image (a script in a polyglot) are not kept.
public static class PictureUpload
{
    public static UploadOutcome Check(byte[] bytes, UploadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(limits);
        if (SizeRefusal(bytes.Length, limits) is { } tooBig)
        {
            return UploadOutcome.Refused(tooBig);
        }
        var kind = MagicBytes.Of(bytes);
        if (kind is null)
        {
            return UploadOutcome.Refused(MagicBytes.IsMarkup(bytes.AsSpan(0, Math.Min(bytes.Length, 512)))
                ? "صور SVG وملفات HTML غير مقبولة: ارفع صورة JPEG أو PNG أو WebP أو GIF."
                : "الملف ليس صورة JPEG أو PNG أو WebP أو GIF.");
        }
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        // The codec reads the header only; its type must be the one the first bytes named.
        if (codec is null || codec.EncodedFormat != kind)
        {
            return UploadOutcome.Refused("تعذّرت قراءة الصورة: الملف تالف أو ليس ما يبدو عليه.");
        }
        if ((long)codec.Info.Width * codec.Info.Height > limits.MaxPixels)
        {
            return UploadOutcome.Refused($"أبعاد الصورة ({codec.Info.Width}×{codec.Info.Height}) أكبر من الحد ({limits.MaxPixels / 1_000_000} ميغابكسل).");
        }
        using var decoded = Decode(codec);
        if (decoded is null)
        {
            return UploadOutcome.Refused("تعذّرت قراءة الصورة: الملف ناقص أو تالف.");
        }
        using var upright = Orientation.Upright(decoded, codec.EncodedOrigin);
        var (format, contentType, quality) = Stored(kind.Value);
        using var encoded = upright.Encode(format, quality);
        var stored = encoded.ToArray();
        return new UploadOutcome(new AcceptedPicture(stored, contentType, upright.Width, upright.Height,
            Convert.ToHexStringLower(SHA256.HashData(stored))), null);
    }

    // The first check alone, for a caller that knows a file's length before reading it (a
    // browser's upload): a file past the limit is refused unread.
    public static string? SizeRefusal(long length, UploadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return length == 0 ? "الملف فارغ."
            : length > limits.MaxBytes ? $"الملف أكبر من الحد ({Megabytes(limits.MaxBytes)} ميغابايت)."
            : null;
    }

    // The first frame of an animation; a file cut short is refused, not stored half grey.
    private static SKBitmap? Decode(SKCodec codec)
    {
        var info = codec.Info.WithColorType(SKImageInfo.PlatformColorType).WithColorSpace(SKColorSpace.CreateSrgb());
        var bitmap = new SKBitmap(info);
        if (codec.GetPixels(info, bitmap.GetPixels()) == SKCodecResult.Success)
        {
            return bitmap;
        }
        bitmap.Dispose();
        return null;
    }

    // A GIF is kept as a PNG: its first frame, losslessly, in a type every encoder writes.
    private static (SKEncodedImageFormat Format, string ContentType, int Quality) Stored(SKEncodedImageFormat kind) => kind switch
    {
        SKEncodedImageFormat.Jpeg => (SKEncodedImageFormat.Jpeg, "image/jpeg", 90),
        SKEncodedImageFormat.Webp => (SKEncodedImageFormat.Webp, "image/webp", 90),
        _ => (SKEncodedImageFormat.Png, "image/png", 100),
    };

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture);
}
