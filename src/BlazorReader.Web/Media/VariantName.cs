using System.Globalization;
using BlazorReader.Data.Media;
using BlazorReader.Imaging;

namespace BlazorReader.Web.Media;

// A variant's address and its file's name in the instance's data folder:
// /media/{id}/{hash}-{width}.{webp|jpg}. The hash prefix changes when the picture does, so a
// browser or proxy may keep an answer for a year; a width the picture does not offer is no
// address at all (nobody may make the server draw every width).
public sealed record VariantName(int Id, string Hash, int Width, VariantFormat Format)
{
    public const int HashLength = 16;

    public string FileName => $"{Hash}-{Width.ToString(CultureInfo.InvariantCulture)}.{VariantRenderer.Extension(Format)}";

    public string Path => $"/media/{Id.ToString(CultureInfo.InvariantCulture)}/{FileName}";

    public static VariantName Of(MediaPicture picture, int width, VariantFormat format)
    {
        ArgumentNullException.ThrowIfNull(picture);
        return new(picture.Id, picture.ContentHash[..HashLength], width, format);
    }

    // What a crawler or feed reader is offered: one address, the widest variant (at most 1,600
    // px), as JPEG, which every one of them reads.
    public static VariantName Shared(MediaPicture picture)
    {
        ArgumentNullException.ThrowIfNull(picture);
        return Of(picture, VariantWidths.For(picture.Width)[^1], VariantFormat.Jpeg);
    }

    // A whole address as Path writes it, or null.
    public static VariantName? ParsePath(string path)
    {
        const string Prefix = "/media/";
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var slash = path.IndexOf('/', Prefix.Length);
        return slash > Prefix.Length
            && int.TryParse(path.AsSpan(Prefix.Length, slash - Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? Parse(id, path[(slash + 1)..])
            : null;
    }

    public static VariantName? Parse(int id, string file)
    {
        var dash = file.IndexOf('-', StringComparison.Ordinal);
        var dot = file.LastIndexOf('.');
        if (dash != HashLength || dot < dash || !file[..dash].All(char.IsAsciiHexDigitLower)
            || !int.TryParse(file.AsSpan(dash + 1, dot - dash - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var width))
        {
            return null;
        }
        VariantFormat? format = file[(dot + 1)..] switch { "webp" => VariantFormat.WebP, "jpg" => VariantFormat.Jpeg, _ => null };
        return format is null ? null : new VariantName(id, file[..dash], width, format.Value);
    }
}
