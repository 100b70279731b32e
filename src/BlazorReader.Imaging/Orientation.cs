using SkiaSharp;

namespace BlazorReader.Imaging;

// A camera stores a picture as its sensor saw it and says in EXIF how to turn it. The stored
// copy has no EXIF (PictureUpload re-encodes it), so the turn is made in the pixels instead.
internal static class Orientation
{
    public static SKBitmap Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        float w = bitmap.Width, h = bitmap.Height;
        // Where a stored pixel (x, y) goes on the upright picture, for each of EXIF's eight.
        SKMatrix? turn = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => null,
        };
        if (turn is null)
        {
            return bitmap.Copy();
        }
        var sideways = origin >= SKEncodedOrigin.LeftTop;
        var upright = new SKBitmap(bitmap.Info.WithSize(sideways ? bitmap.Height : bitmap.Width, sideways ? bitmap.Width : bitmap.Height));
        using var canvas = new SKCanvas(upright);
        canvas.SetMatrix(turn.Value);
        canvas.DrawBitmap(bitmap, 0, 0, SKSamplingOptions.Default);
        return upright;
    }
}
