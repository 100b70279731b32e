using BlazorReader.Imaging;

namespace BlazorReader.Web.Media;

// Pictures for readers: a variant at its immutable address, from this instance's disk.
public static class MediaEndpoints
{
    public const string ImmutableCaching = "public, max-age=31536000, immutable";

    public static void MapMedia(this IEndpointRouteBuilder app)
    {
        app.MapGet("/media/{id:int}/{file}", async (int id, string file, VariantCache variants, HttpContext http, CancellationToken ct) =>
        {
            if (VariantName.Parse(id, file) is not { } name || await variants.FileAsync(name, ct) is not { } path)
            {
                return Results.NotFound();
            }
            http.Response.Headers.CacheControl = ImmutableCaching;
            return Results.File(path, VariantRenderer.ContentType(name.Format));
        });
    }
}
