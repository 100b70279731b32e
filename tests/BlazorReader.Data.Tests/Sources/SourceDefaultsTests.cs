using BlazorReader.Data.Queries;
using BlazorReader.Data.Sources;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Tests.Sources;

public class SourceDefaultsTests
{
    [Fact]
    public async Task A_new_store_names_every_paper_of_the_corpus_and_the_seed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await TestStore.CreateAsync();
        await using var db = store.Open();

        var byKey = await db.Sources.ToDictionaryAsync(s => s.Key, ct);

        string[] corpus = ["aawsat", "aleqtisadiya", "aljazirah", "almadina", "alriyadh", "alwatan", "alweeam", "alyaum",
            "arreyadi", "arriyadiyah", "okaz", "sabq", "was", "3alyoum"];
        Assert.All(corpus, key => Assert.True(byKey.ContainsKey(key), key));
        Assert.Equal("الرياض", byKey["alriyadh"].Name);
        Assert.Equal("عكاظ", byKey["okaz"].Name);
        Assert.Equal("الجزيرة", byKey["aljazirah"].Name);
        Assert.Equal("الجزيرة نت", byKey["aljazeera"].Name);
        Assert.Equal("وكالة الأنباء السعودية", byKey["was"].Name);
        Assert.Equal("واس", byKey["was"].ShortName);
        Assert.Equal("https://www.spa.gov.sa", byKey["was"].SiteUrl);
    }

    [Fact]
    public void Every_default_has_an_arabic_name_and_an_https_site()
    {
        Assert.All(KnownSources.All, s =>
        {
            Assert.Matches(@"^[\u0600-\u06FF ]+$", s.Name);
            Assert.StartsWith("https://", s.SiteUrl, StringComparison.Ordinal);
            Assert.True(Uri.IsWellFormedUriString(s.SiteUrl, UriKind.Absolute), s.SiteUrl);
        });
        Assert.Equal(KnownSources.All.Count, KnownSources.All.Select(s => s.Key).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task A_second_start_adds_nothing_and_keeps_an_admins_edit()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await TestStore.CreateAsync();
        await using (var db = store.Open())
        {
            var riyadh = await db.Sources.SingleAsync(s => s.Key == "alriyadh", ct);
            riyadh.Name = "جريدة الرياض";
            riyadh.SiteUrl = null;
            db.Sources.Remove(await db.Sources.SingleAsync(s => s.Key == "okaz", ct));
            db.Sources.Add(new NewsSource { Key = "sabq-2", Name = "سبق الإلكترونية" });
            await db.SaveChangesAsync(ct);
        }
        var countBefore = KnownSources.All.Count;

        await using (var db = store.Open())
        {
            await StoreInitializer.MigrateAsync(db, store.Settings, ct);
        }

        await using var after = store.Open();
        var riyadhAfter = await after.Sources.SingleAsync(s => s.Key == "alriyadh", ct);
        Assert.Equal("جريدة الرياض", riyadhAfter.Name);
        Assert.Null(riyadhAfter.SiteUrl);
        // A default missing from the store is added again; nothing is duplicated.
        Assert.Equal("عكاظ", (await after.Sources.SingleAsync(s => s.Key == "okaz", ct)).Name);
        Assert.Equal(countBefore + 1, await after.Sources.CountAsync(ct));
    }

    [Fact]
    public async Task Adding_to_a_filled_store_writes_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await TestStore.CreateAsync();
        await using var db = store.Open();

        Assert.Equal(0, await SourceDefaults.AddMissingAsync(db, DateTime.UtcNow, ct));
    }

    [Fact]
    public async Task Names_query_gives_the_arabic_name_and_the_key_of_an_unknown_source()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await TestStore.CreateAsync();
        var names = new SourceNamesQuery(store.Contexts, TimeProvider.System);

        Assert.Equal("سبق", await names.NameAsync("sabq", ct));
        Assert.Equal("newpaper", await names.NameAsync("newpaper", ct));
    }
}
