using System.Globalization;
using System.Text;
using BlazorReader.Core.Cleaning;
using BlazorReader.Data.Media;
using BlazorReader.Imaging;
using BlazorReader.Web.Media;

namespace BlazorReader.Web.Rendering;

// A library picture in a body: WebP variants for browsers that take them, JPEG for the rest,
// its own width and height so the text does not jump when it arrives, loaded when scrolled
// near. The caption (the body's, else the library's) and the credit each keep their direction.
internal static class FigureHtml
{
    // The reading column is at most about 40rem; on a phone the picture spans the screen.
    public const string Sizes = "(max-width: 40rem) 100vw, 40rem";

    // The lead picture, above the body: the first thing a reader sees, so loaded at once
    // (eager), with the library's words. Its words are escaped here as a body's are.
    public static string Lead(MediaPicture picture) => new StringBuilder().AppendFigure(picture, null, null, eager: true).ToString();

    public static StringBuilder AppendFigure(this StringBuilder sb, MediaPicture picture, string? alt, string? caption, bool eager = false)
    {
        var widths = VariantWidths.For(picture.Width);
        var fallback = widths.LastOrDefault(w => w <= 960, widths[0]);
        sb.Append("<figure><picture><source").AppendAttribute("type", "image/webp")
            .AppendAttribute("srcset", SrcSet(picture, widths, VariantFormat.WebP)).AppendAttribute("sizes", Sizes).Append('>');
        sb.Append("<img").AppendAttribute("src", VariantName.Of(picture, fallback, VariantFormat.Jpeg).Path)
            .AppendAttribute("srcset", SrcSet(picture, widths, VariantFormat.Jpeg)).AppendAttribute("sizes", Sizes)
            .AppendAttribute("width", picture.Width.ToString(CultureInfo.InvariantCulture))
            .AppendAttribute("height", picture.Height.ToString(CultureInfo.InvariantCulture))
            .AppendAttribute("loading", eager ? "eager" : "lazy").AppendAttribute("decoding", "async")
            .AppendAttribute("alt", string.IsNullOrWhiteSpace(alt) ? picture.Alt : alt.Trim()).Append("></picture>");
        var words = string.IsNullOrWhiteSpace(caption) ? picture.Caption : caption.Trim();
        if (words is not null || picture.Credit is not null)
        {
            var text = string.Join(" — ", new[] { words, picture.Credit }.OfType<string>());
            var dir = DirectionClassifier.Of(words ?? picture.Credit!);
            sb.Append("<figcaption").AppendAttribute("dir", BidiHtml.Dir(dir)).Append('>').AppendBidi(text, dir).Append("</figcaption>");
        }
        return sb.Append("</figure>");
    }

    private static string SrcSet(MediaPicture picture, IReadOnlyList<int> widths, VariantFormat format) =>
        string.Join(", ", widths.Select(w => VariantName.Of(picture, w, format).Path + " " + w.ToString(CultureInfo.InvariantCulture) + "w"));
}
