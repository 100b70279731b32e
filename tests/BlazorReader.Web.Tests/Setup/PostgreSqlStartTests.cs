using System.Net;
using System.Text.Json;

namespace BlazorReader.Web.Tests.Setup;

// The app chosen onto PostgreSQL by configuration alone, on the cluster ./test.sh starts: it
// migrates an empty database on first start, imports the seed and serves it, searched.
public class PostgreSqlStartTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task First_start_on_an_empty_PostgreSQL_database_migrates_it_imports_the_seed_and_serves_it()
    {
        await using var database = await PostgresDatabase.CreateAsync("br_web_");
        await using var app = new ReaderAppFactory(settings: database.AppSettings());
        using var client = app.CreateClient();
        Assert.Equal(Directory.GetFiles(ReaderAppFactory.SeedDirectory).Length, await app.CountArticlesAsync());
        Assert.Contains("قره باغ", await client.GetStringAsync("/", Ct), StringComparison.Ordinal);

        // This instance's index follows the store's change log at a time of its own.
        var found = await SearchAsync(client, "أذربيجان");
        for (var deadline = DateTime.UtcNow.AddSeconds(30); found.GetProperty("total").GetInt32() == 0 && DateTime.UtcNow < deadline;)
        {
            await Task.Delay(200, Ct);
            found = await SearchAsync(client, "أذربيجان");
        }
        var path = found.GetProperty("items")[0].GetProperty("path").GetString()!;
        var page = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("الجزيرة نت", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        ReaderAppFactory.DeleteFolder(app.DataDirectory);
    }

    private static async Task<JsonElement> SearchAsync(HttpClient client, string query)
    {
        using var doc = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(query), Ct));
        return doc.RootElement.Clone();
    }
}
