using System.Text;
using SkiaSharp;

namespace BlazorReader.Imaging.Tests;

public class PictureUploadTests
{
    private static UploadOutcome Check(byte[] bytes) => PictureUpload.Check(bytes, UploadLimits.Default);

    [Theory]
    [InlineData(SKEncodedImageFormat.Jpeg, "image/jpeg")]
    [InlineData(SKEncodedImageFormat.Png, "image/png")]
    [InlineData(SKEncodedImageFormat.Webp, "image/webp")]
    public void Accepts_a_picture_as_its_own_type_with_its_size(SKEncodedImageFormat format, string contentType)
    {
        var outcome = Check(TestPictures.Drawn(300, 200, format));
        Assert.Null(outcome.Error);
        Assert.Equal((contentType, 300, 200), (outcome.Picture!.ContentType, outcome.Picture.Width, outcome.Picture.Height));
        Assert.Equal(format, SKCodec.Create(SKData.CreateCopy(outcome.Picture.Bytes)).EncodedFormat);
    }

    [Fact]
    public void Keeps_the_first_frame_of_a_gif_as_a_png()
    {
        var picture = Check(TestPictures.OnePixelGif).Picture!;
        Assert.Equal(("image/png", 1, 1), (picture.ContentType, picture.Width, picture.Height));
    }

    [Fact]
    public void Refuses_svg_and_says_so()
    {
        var svg = Encoding.UTF8.GetBytes("\uFEFF<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"9\" height=\"9\"/></svg>");
        Assert.Contains("SVG", Check(svg).Error, StringComparison.Ordinal);
        Assert.Null(Check(svg).Picture);
    }

    [Fact]
    public void Refuses_html_whatever_its_name_says()
    {
        Assert.NotNull(Check("<html><body><script>alert(1)</script></body></html>"u8.ToArray()).Error);
        Assert.NotNull(Check("%PDF-1.7 not a picture"u8.ToArray()).Error);
    }

    [Fact]
    public void Refuses_a_gif_header_followed_by_script()
    {
        var outcome = Check("GIF89a=1;alert(document.cookie)//"u8.ToArray());
        Assert.Null(outcome.Picture);
        Assert.NotNull(outcome.Error);
    }

    [Fact]
    public void Refuses_a_file_over_the_byte_limit()
    {
        var jpeg = TestPictures.Drawn(300, 200);
        var outcome = PictureUpload.Check(jpeg, new UploadLimits(jpeg.Length - 1, 1_000_000));
        Assert.Contains("أكبر من الحد", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_decompression_bomb_from_its_header()
    {
        var bomb = TestPictures.PngClaiming(60_000, 60_000);
        Assert.True(bomb.Length < 1000);
        var outcome = Check(bomb);
        Assert.Null(outcome.Picture);
        Assert.Contains("60000×60000", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_picture_cut_short()
    {
        var jpeg = TestPictures.Drawn(300, 200);
        Assert.NotNull(Check(jpeg[..(jpeg.Length / 2)]).Error);
    }

    [Fact]
    public void Strips_exif_and_gps_data()
    {
        var withExif = TestPictures.WithExif(TestPictures.Drawn(300, 200), orientation: 1);
        Assert.True(TestPictures.Contains(withExif, "Exif"));
        Assert.False(TestPictures.Contains(Check(withExif).Picture!.Bytes, "Exif"));
    }

    [Fact]
    public void Turns_a_picture_upright_as_its_exif_says()
    {
        // Orientation 6: the camera was held turned; the stored picture's left (red) goes on top.
        var picture = Check(TestPictures.WithExif(TestPictures.Drawn(200, 100), orientation: 6)).Picture!;
        Assert.Equal((100, 200), (picture.Width, picture.Height));
        Assert.True(TestPictures.PixelAt(picture.Bytes, 50, 20).Red > 200);
        Assert.True(TestPictures.PixelAt(picture.Bytes, 50, 180).Blue > 200);
    }

    [Fact]
    public void Drops_a_script_appended_after_the_picture()
    {
        var polyglot = TestPictures.Drawn(300, 200).Concat("<script>alert(1)</script>"u8.ToArray()).ToArray();
        var picture = Check(polyglot).Picture!;
        Assert.False(TestPictures.Contains(picture.Bytes, "<script"));
    }

    [Fact]
    public void Names_the_stored_bytes_by_their_sha256_the_same_each_time()
    {
        var jpeg = TestPictures.Drawn(300, 200);
        var first = Check(jpeg).Picture!;
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(first.Bytes)), first.ContentHash);
        Assert.Equal(first.ContentHash, Check(jpeg).Picture!.ContentHash);
    }
}
