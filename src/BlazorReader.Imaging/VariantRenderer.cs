using SkiaSharp;

namespace BlazorReader.Imaging;

public enum VariantFormat
{
    WebP,
    Jpeg,
}

// A stored picture drawn at one of its offered widths. WebP for browsers that take it (a
// third smaller at the same look), JPEG for the rest, drawn over white since JPEG has no
// transparency.
public static class VariantRenderer
{
    public static string ContentType(VariantFormat format) => format == VariantFormat.WebP ? "image/webp" : "image/jpeg";

    public static string Extension(VariantFormat format) => format == VariantFormat.WebP ? "webp" : "jpg";

    public static byte[] Render(byte[] stored, int width, VariantFormat format)
    {
        ArgumentNullException.ThrowIfNull(stored);
        using var image = SKImage.FromEncodedData(stored)
            ?? throw new ArgumentException("The stored picture cannot be decoded.", nameof(stored));
        width = Math.Clamp(width, 1, image.Width);
        var height = VariantWidths.HeightAt(width, image.Width, image.Height);
        var opaque = format == VariantFormat.Jpeg || image.AlphaType == SKAlphaType.Opaque;
        using var target = new SKBitmap(new SKImageInfo(width, height, SKImageInfo.PlatformColorType, opaque ? SKAlphaType.Opaque : SKAlphaType.Premul));
        using (var canvas = new SKCanvas(target))
        {
            canvas.Clear(opaque ? SKColors.White : SKColors.Transparent);
            canvas.DrawImage(image, new SKRect(0, 0, width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        }
        using var encoded = target.Encode(format == VariantFormat.WebP ? SKEncodedImageFormat.Webp : SKEncodedImageFormat.Jpeg, 82);
        return encoded.ToArray();
    }
}
