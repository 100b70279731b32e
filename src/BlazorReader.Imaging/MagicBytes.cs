using SkiaSharp;

namespace BlazorReader.Imaging;

// What a file is, by its first bytes: a name or a declared type is what the sender says it is.
// Only the four kinds a page may show are recognised; the codec must then agree (PictureUpload).
internal static class MagicBytes
{
    public static SKEncodedImageFormat? Of(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xD8, 0xFF, ..] => SKEncodedImageFormat.Jpeg,
        [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => SKEncodedImageFormat.Png,
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'7' or (byte)'9', (byte)'a', ..] => SKEncodedImageFormat.Gif,
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => SKEncodedImageFormat.Webp,
        _ => null,
    };

    // Markup (SVG, HTML) starts with '<' after any byte-order mark and white space: named so
    // that the refusal can say why an SVG is refused rather than "not a picture".
    public static bool IsMarkup(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }
        var start = head.IndexOfAnyExcept(" \t\r\n"u8);
        return start >= 0 && head[start] == (byte)'<';
    }
}
