using System.Net;
using BlazorReader.Data.Media;
using BlazorReader.Data.Queries;
using BlazorReader.Web.Media;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Media;

// A picture deleted from the library is gone for readers too: its variants answer 404 (never
// a 500), drawn before or not, and an instance's variant files go with it.
public sealed class DeletedPictureTests : AppTest
{
    private async Task<(MediaPicture Picture, string Drawn, string NotDrawn)> DeletedAfterOneRequestAsync(bool forget)
    {
        var picture = await LibraryPictures.AddAsync(App.Services, 1200, 800);
        var drawn = $"/media/{picture.Id}/{picture.ContentHash[..16]}-480.jpg";
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(drawn, Ct)).StatusCode);
        Assert.IsType<MediaDeletion.Deleted>(await App.Services.GetRequiredService<MediaRemoval>().DeleteAsync(picture.Id, "admin", Ct));
        if (forget)
        {
            App.Services.GetRequiredService<VariantCache>().Forget(picture.Id);
        }
        return (picture, drawn, $"/media/{picture.Id}/{picture.ContentHash[..16]}-960.webp");
    }

    [Fact]
    public async Task On_the_instance_that_deleted_it_its_variants_answer_404()
    {
        var (_, drawn, notDrawn) = await DeletedAfterOneRequestAsync(forget: true);

        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(drawn, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(notDrawn, Ct)).StatusCode);
    }

    [Fact]
    public async Task Another_instances_sweep_lets_its_variant_files_go()
    {
        var (picture, drawn, notDrawn) = await DeletedAfterOneRequestAsync(forget: false);
        var variants = App.Services.GetRequiredService<VariantCache>();
        Assert.Contains(picture.Id, variants.Held());
        var kept = await LibraryPictures.AddAsync(App.Services, 1000, 600, alt: "صورة باقية");
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync($"/media/{kept.Id}/{kept.ContentHash[..16]}-480.jpg", Ct)).StatusCode);

        await new VariantFolderSweep(variants, App.Services.GetRequiredService<MediaQuery>(), TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<VariantFolderSweep>.Instance).SweepAsync(Ct);

        Assert.Equal([kept.Id], variants.Held());
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(drawn, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(notDrawn, Ct)).StatusCode);
    }
}
