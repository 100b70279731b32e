using System.Globalization;
using BlazorReader.Data;
using BlazorReader.Data.Media;
using BlazorReader.Imaging;
using SkiaSharp;

namespace BlazorReader.Bench.Web;

// For `bench web`: a picture put in the running app's store through the upload rules, and
// its 960-wide WebP variant asked for once, so that the app has drawn it to disk. What wrk
// measures after that is the variant read from disk, against the same bytes as a static file,
// and an address of the same picture with a wrong hash (anyone may ask for one: a 404).
internal static class VariantBench
{
    public static async Task<(string Path, byte[] Bytes, string WrongPath)> PrepareAsync(HttpClient http, string appUrl, string dataFolder)
    {
        var accepted = PictureUpload.Check(Photo(2000, 1333), UploadLimits.Default).Picture
            ?? throw new InvalidOperationException("the drawn picture was refused");
        var library = new MediaLibrary(StoreRegistration.CreateFactory(StoreSettings.ForSqliteFolder(dataFolder)), TimeProvider.System);
        var saved = await library.AddAsync(new NewMedia(accepted.Bytes, accepted.ContentType, accepted.Width, accepted.Height,
            accepted.ContentHash, "صورة للقياس", null, null), "bench");
        // The address the app's pages write (Web.Media.VariantName): /media/{id}/{hash16}-{width}.{ext}
        var folder = $"/media/{saved.Id!.Value.ToString(CultureInfo.InvariantCulture)}/";
        var path = folder + accepted.ContentHash[..16] + "-960.webp";
        return (path, await http.GetByteArrayAsync(appUrl + path), folder + "0000000000000000-960.webp");
    }

    // Gradients and shapes: something like a photograph to an encoder, unlike a flat colour.
    private static byte[] Photo(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var sky = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height),
                [SKColors.SkyBlue, SKColors.DarkOrange, SKColors.ForestGreen], SKShaderTileMode.Clamp) };
            canvas.DrawRect(0, 0, width, height, sky);
            var random = new Random(7);
            using var dot = new SKPaint { IsAntialias = true };
            for (var i = 0; i < 400; i++)
            {
                dot.Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), 160);
                canvas.DrawCircle(random.Next(width), random.Next(height), random.Next(5, 80), dot);
            }
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }
}
