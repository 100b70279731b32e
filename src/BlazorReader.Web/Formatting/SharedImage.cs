using BlazorReader.Data.Media;
using BlazorReader.Imaging;
using BlazorReader.Web.Media;

namespace BlazorReader.Web.Formatting;

// The lead picture as crawlers, link previews and feed readers are given it: one absolute
// address (VariantName.Shared: the widest variant, JPEG) with its pixel size.
public sealed record SharedImage(Uri Url, int Width, int Height, VariantName Variant)
{
    public static SharedImage Of(MediaPicture picture, Uri origin)
    {
        ArgumentNullException.ThrowIfNull(picture);
        var variant = VariantName.Shared(picture);
        return new(new Uri(origin, variant.Path), variant.Width, VariantWidths.HeightAt(variant.Width, picture.Width, picture.Height), variant);
    }
}
