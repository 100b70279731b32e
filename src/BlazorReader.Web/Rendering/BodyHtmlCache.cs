using BlazorReader.Core.Articles;
using BlazorReader.Data.Media;
using Microsoft.Extensions.Caching.Memory;

namespace BlazorReader.Web.Rendering;

// Each body is rendered (and sanitized) once: the page reads the HTML made at its first
// request, and a new revision, a picture's new words or a new renderer is a new key
// (BodyHtmlKey), so renders once again. Bounded by the bytes of HTML it holds; each app
// instance keeps its own, as nothing in it is shared but the store it was read from.
public sealed class BodyHtmlCache : IDisposable
{
    // About 1,500 bodies of a 2,000-word article (20 KB of HTML, two bytes a character).
    public const long DefaultBytes = 64L * 1024 * 1024;

    private readonly MemoryCache store;
    private readonly string rendererVersion;
    private readonly Func<IReadOnlyList<ContentBlock>, IReadOnlyDictionary<int, MediaPicture>?, string> render;

    public BodyHtmlCache(long maxBytes = DefaultBytes)
        : this(maxBytes, BodyHtmlKey.RendererVersion, BodyHtml.Render)
    {
    }

    internal BodyHtmlCache(long maxBytes, string rendererVersion, Func<IReadOnlyList<ContentBlock>, IReadOnlyDictionary<int, MediaPicture>?, string> render)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        store = new MemoryCache(new MemoryCacheOptions { SizeLimit = maxBytes });
        this.rendererVersion = rendererVersion;
        this.render = render;
    }

    // As BodyHtml.Render: pictures are the library pictures the body names.
    public string Render(IReadOnlyList<ContentBlock> blocks, IReadOnlyDictionary<int, MediaPicture>? pictures = null)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var key = BodyHtmlKey.Of(blocks, pictures, rendererVersion);
        if (store.TryGetValue(key, out string? html) && html is not null)
        {
            return html;
        }
        html = render(blocks, pictures);
        // Past the bound the store refuses the entry and frees room for later ones.
        store.Set(key, html, new MemoryCacheEntryOptions { Size = (long)html.Length * sizeof(char) + key.Length * sizeof(char) });
        return html;
    }

    public void Dispose() => store.Dispose();
}
