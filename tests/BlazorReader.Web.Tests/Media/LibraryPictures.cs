using BlazorReader.Data.Media;
using BlazorReader.Imaging;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace BlazorReader.Web.Tests.Media;

// Pictures drawn for a test and put in an app's media library through the upload rules.
internal static class LibraryPictures
{
    public static byte[] Drawn(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
            using var paint = new SKPaint { Color = SKColors.Gold };
            canvas.DrawCircle(width / 2f, height / 2f, Math.Min(width, height) / 3f, paint);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }

    public static async Task<MediaPicture> AddAsync(IServiceProvider services, int width, int height,
        string alt = "شعار المهرجان", string? caption = null, string? credit = null)
    {
        var accepted = PictureUpload.Check(Drawn(width, height), UploadLimits.Default).Picture!;
        var saved = await services.GetRequiredService<MediaLibrary>().AddAsync(
            new NewMedia(accepted.Bytes, accepted.ContentType, accepted.Width, accepted.Height, accepted.ContentHash, alt, caption, credit), "editor");
        return new MediaPicture(saved.Id!.Value, accepted.ContentHash, accepted.Width, accepted.Height, alt, caption, credit);
    }
}
