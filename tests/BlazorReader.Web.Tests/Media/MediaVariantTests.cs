using System.Net;
using BlazorReader.Imaging;
using BlazorReader.Web.Media;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace BlazorReader.Web.Tests.Media;

public sealed class MediaVariantTests : AppTest
{
    private VariantCache Variants => App.Services.GetRequiredService<VariantCache>();

    [Fact]
    public async Task A_variant_is_drawn_on_its_first_request_and_read_from_disk_after()
    {
        var picture = await LibraryPictures.AddAsync(App.Services, 1200, 800);
        var path = VariantName.Of(picture, 480, VariantFormat.WebP).Path;

        var first = await Client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("image/webp", first.Content.Headers.ContentType!.MediaType);
        Assert.Equal(MediaEndpoints.ImmutableCaching, first.Headers.CacheControl!.ToString());
        var bytes = await first.Content.ReadAsByteArrayAsync(Ct);
        using (var decoded = SKBitmap.Decode(bytes))
        {
            Assert.Equal((480, 320), (decoded.Width, decoded.Height));
        }
        Assert.True(File.Exists(Path.Combine(Variants.Folder, picture.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            VariantName.Of(picture, 480, VariantFormat.WebP).FileName)));

        Assert.Equal(bytes, await Client.GetByteArrayAsync(path, Ct));
        Assert.Equal(1, Variants.Drawn);
    }

    [Fact]
    public async Task Requests_that_arrive_together_draw_the_variant_once()
    {
        var picture = await LibraryPictures.AddAsync(App.Services, 1200, 800);
        var path = VariantName.Of(picture, 960, VariantFormat.Jpeg).Path;

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Client.GetAsync(path, Ct)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.All(answers, a => Assert.Equal("image/jpeg", a.Content.Headers.ContentType!.MediaType));
        Assert.Equal(1, Variants.Drawn);
    }

    [Theory]
    [InlineData(500)]   // not a step
    [InlineData(1600)]  // wider than the picture: its own 1,200 is offered instead
    public async Task A_width_the_picture_does_not_offer_is_not_found(int width)
    {
        var picture = await LibraryPictures.AddAsync(App.Services, 1200, 800);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(VariantName.Of(picture, width, VariantFormat.WebP).Path, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(VariantName.Of(picture, 1200, VariantFormat.WebP).Path, Ct)).StatusCode);
        Assert.Equal(1, Variants.Drawn);
    }

    [Theory]
    [InlineData("0000000000000000-480.webp")]
    [InlineData("{hash}-480.png")]
    [InlineData("{hash}-480.webp.html")]
    [InlineData("..%2F..%2Fblazorreader.db")]
    public async Task Another_hash_type_or_name_is_not_found(string file)
    {
        var picture = await LibraryPictures.AddAsync(App.Services, 1200, 800);
        var path = $"/media/{picture.Id}/{file.Replace("{hash}", picture.ContentHash[..16], StringComparison.Ordinal)}";
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(path, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/media/{picture.Id + 1}/{picture.ContentHash[..16]}-480.webp", Ct)).StatusCode);
        Assert.Equal(0, Variants.Drawn);
    }

    [Fact]
    public async Task Another_instance_on_the_same_database_draws_its_own_copy()
    {
        var picture = await LibraryPictures.AddAsync(App.Services, 1200, 800);
        var otherFolder = ReaderAppFactory.NewDataDirectory();
        var database = $"Data Source={Path.Combine(App.DataDirectory, "blazorreader.db")};Default Timeout=30";
        await using (var other = new ReaderAppFactory(otherFolder, connectionString: database))
        {
            using var client = other.CreateClient();
            var answer = await client.GetAsync(VariantName.Of(picture, 480, VariantFormat.Jpeg).Path, Ct);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Equal(1, other.Services.GetRequiredService<VariantCache>().Drawn);
            Assert.StartsWith(otherFolder, other.Services.GetRequiredService<VariantCache>().Folder, StringComparison.Ordinal);
        }
        ReaderAppFactory.DeleteFolder(otherFolder);
    }
}
