using System.Data.Common;
using BlazorReader.Data;
using BlazorReader.Data.Queries;
using BlazorReader.Imaging;
using BlazorReader.Web.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Media;

// Anyone may ask for any address: a wrong one is refused from the picture's words, and only
// a drawing reads the original's bytes from the store.
public sealed class VariantAddressCostTests : AppTest
{
    private readonly BlobReads blobReads = new();

    private VariantCache CountingCache()
    {
        var settings = App.Services.GetRequiredService<StoreSettings>();
        var options = new DbContextOptionsBuilder<ReaderDbContext>();
        StoreRegistration.Configure(options, settings);
        options.AddInterceptors(blobReads);
        return new VariantCache(new MediaQuery(new PooledDbContextFactory<ReaderDbContext>(options.Options)), settings);
    }

    [Fact]
    public async Task A_wrong_hash_width_or_picture_reads_no_bytes_and_a_drawing_reads_them_once()
    {
        var picture = await LibraryPictures.AddAsync(App.Services, 1200, 800);
        var cache = CountingCache();

        Assert.Null(await cache.FileAsync(new VariantName(picture.Id, "0000000000000000", 480, VariantFormat.WebP), Ct));
        Assert.Null(await cache.FileAsync(VariantName.Of(picture, 500, VariantFormat.WebP), Ct));
        Assert.Null(await cache.FileAsync(VariantName.Of(picture, 1600, VariantFormat.Jpeg), Ct));
        Assert.Null(await cache.FileAsync(VariantName.Of(picture with { Id = picture.Id + 1 }, 480, VariantFormat.WebP), Ct));
        Assert.Equal(0, blobReads.Count);

        Assert.NotNull(await cache.FileAsync(VariantName.Of(picture, 480, VariantFormat.WebP), Ct));
        Assert.NotNull(await cache.FileAsync(VariantName.Of(picture, 480, VariantFormat.WebP), Ct));
        Assert.Equal((1, 1), (blobReads.Count, cache.Drawn));
    }

    // Counts the queries that select the originals' bytes column.
    private sealed class BlobReads : DbCommandInterceptor
    {
        private int count;

        public int Count => count;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("\"Bytes\"", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref count);
            }
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
