using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using BlazorReader.Core.Articles;
using BlazorReader.Data.Media;

namespace BlazorReader.Web.Rendering;

// What a rendered body depends on, as one SHA-256: the renderer's version, every block (its
// kind, direction, text and tweet parts) and every picture it was given (the words and size
// the figure writes). Any change to one of them is another key, so cached HTML never outlives
// it. Each value is written with its length first: no two inputs read alike.
internal static class BodyHtmlKey
{
    public static string Of(IReadOnlyList<ContentBlock> blocks, IReadOnlyDictionary<int, MediaPicture>? pictures, string rendererVersion)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, rendererVersion);
        Add(hash, blocks.Count);
        foreach (var b in blocks)
        {
            Add(hash, (int)b.Kind);
            Add(hash, (int)b.Dir);
            Add(hash, b.Text);
            Add(hash, b.Url);
            Add(hash, b.AuthorName);
            Add(hash, b.Handle);
            Add(hash, b.Date?.DayNumber ?? -1);
        }
        foreach (var p in pictures?.Values.OrderBy(p => p.Id) ?? Enumerable.Empty<MediaPicture>())
        {
            Add(hash, p.Id);
            Add(hash, p.ContentHash);
            Add(hash, p.Width);
            Add(hash, p.Height);
            Add(hash, p.Alt);
            Add(hash, p.Caption);
            Add(hash, p.Credit);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Add(IncrementalHash hash, int value) => hash.AppendData(BitConverter.GetBytes(value));

    // Null and empty differ: a caption taken away is a change.
    private static void Add(IncrementalHash hash, string? value)
    {
        Add(hash, value?.Length ?? -1);
        hash.AppendData(MemoryMarshal.AsBytes((value ?? "").AsSpan()));
    }

    // The build of everything a body's HTML comes from: this project's writer, the grammar in
    // Core, the variants' widths, Markdig, the sanitizer and its parser. A new build of any is
    // a new renderer (module ids change with the code), with nobody to remember to count it.
    public static readonly string RendererVersion = string.Join(",",
        new[] { typeof(BodyHtml), typeof(Core.Markdown.BodyMarkdown), typeof(Imaging.VariantWidths), typeof(Markdig.Markdown),
            typeof(Ganss.Xss.HtmlSanitizer), typeof(AngleSharp.IConfiguration) }
        .Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N", CultureInfo.InvariantCulture)));
}
