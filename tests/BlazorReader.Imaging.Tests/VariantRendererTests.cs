using SkiaSharp;

namespace BlazorReader.Imaging.Tests;

public class VariantRendererTests
{
    [Theory]
    [InlineData(2000, new[] { 480, 960, 1600 })]
    [InlineData(1600, new[] { 480, 960, 1600 })]
    [InlineData(700, new[] { 480, 700 })]
    [InlineData(300, new[] { 300 })]
    public void Offers_the_steps_below_the_picture_and_the_picture_itself(int width, int[] offered) =>
        Assert.Equal(offered, VariantWidths.For(width));

    [Fact]
    public void Renders_a_webp_at_the_width_asked_keeping_the_proportions()
    {
        var webp = VariantRenderer.Render(TestPictures.Drawn(1200, 800), 480, VariantFormat.WebP);
        using var codec = SKCodec.Create(SKData.CreateCopy(webp));
        Assert.Equal((SKEncodedImageFormat.Webp, 480, 320), (codec.EncodedFormat, codec.Info.Width, codec.Info.Height));
    }

    [Fact]
    public void Renders_the_jpeg_fallback_over_white()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(40, 20, SKColorType.Rgba8888, SKAlphaType.Premul));
        bitmap.Erase(SKColors.Transparent);
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        var jpeg = VariantRenderer.Render(png.ToArray(), 20, VariantFormat.Jpeg);
        Assert.Equal(SKEncodedImageFormat.Jpeg, SKCodec.Create(SKData.CreateCopy(jpeg)).EncodedFormat);
        Assert.True(TestPictures.PixelAt(jpeg, 10, 5).Green > 240);
    }

    [Fact]
    public void Never_makes_a_picture_wider_than_it_is()
    {
        var webp = VariantRenderer.Render(TestPictures.Drawn(800, 600), 1600, VariantFormat.WebP);
        Assert.Equal(800, SKBitmap.Decode(webp).Width);
    }
}
