using BlazorReader.Data.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BlazorReader.EndToEnd;

// The app on a real 127.0.0.1 port (Kestrel) over a fresh data folder, and Debian's Chromium,
// both started once for all browser tests. Without Chromium the tests skip, saying why.
public sealed class BrowserApp : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private readonly string data = Path.Combine(Path.GetTempPath(), "br-e2e-" + Guid.NewGuid().ToString("N"));
    private Factory? factory;
    private IPlaywright? playwright;
    private readonly List<IBrowserContext> opened = [];
    private string? openedBy;

    public IBrowser? Browser { get; private set; }
    public Uri BaseAddress { get; private set; } = default!;

    // The story with a timeline of two days (StoryStore).
    public string StoryPath { get; private set; } = default!;

    public IServiceProvider Services => factory!.Services;

    public static string ArtifactFolder => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    public async ValueTask InitializeAsync()
    {
        factory = new Factory(data);
        factory.UseKestrel(0);
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());
        StoryPath = await StoryStore.SeedAsync(factory.Services);
        await WaitForSearchIndexAsync();
        if (!File.Exists(ChromiumPath))
        {
            return;
        }
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            ],
        });
    }

    // The index is built from the store just after start; tests begin once it holds the seed.
    private async Task WaitForSearchIndexAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline
               && !(await http.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("قره باغ"))).Contains("\"total\":1", StringComparison.Ordinal))
        {
            await Task.Delay(100);
        }
        if (DateTime.UtcNow >= deadline)
        {
            throw new InvalidOperationException("The app's search index did not hold the seed article within 30 s.");
        }
    }

    // A test's pages stay open for the whole test (one test may open several); the first page
    // of the next test closes them, so earlier pages' scripts and editors' circuits do not
    // compete with it for the browser and the server. Tests of this collection run one by one.
    public async Task<IPage> OpenAsync(int width = 1280, int height = 900)
    {
        if (Browser is null)
        {
            Assert.Skip($"{ChromiumPath} is missing: install Debian's chromium package (./test.sh does, as root).");
        }
        var test = TestContext.Current.Test?.UniqueID;
        if (test != openedBy)
        {
            foreach (var previous in opened)
            {
                await previous.CloseAsync();
            }
            opened.Clear();
            openedBy = test;
        }
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, BaseURL = BaseAddress.ToString() });
        opened.Add(context);
        return await context.NewPageAsync();
    }

    // A page signed in through the login form, as an admin unless another role is named (the
    // account made on first use).
    public async Task<IPage> SignedInAsync(string email, string role = Roles.Admin, int width = 1280)
    {
        const string Password = "a long enough passphrase";
        await using (var scope = Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
            if ((await accounts.ListAsync()).All(u => u.Email != email))
            {
                var added = await accounts.AddAsync(email, Password, role, "test");
                Assert.True(added.Succeeded, string.Join(" ", added.Errors.Select(e => e.Description)));
            }
        }
        var page = await OpenAsync(width);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("البريد الإلكتروني").FillAsync(email);
        await page.GetByLabel("كلمة المرور").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "دخول" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private sealed class Factory(string data) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseUrls("http://127.0.0.1:0");
            builder.UseSetting("Storage:DataDirectory", data);
            builder.UseSetting("Seeds:Directory", Path.Combine(AppContext.BaseDirectory, "seeds"));
            // Each request's start and end (with its time) in the output a failed run prints:
            // a page that never arrived then shows whether the server saw the request.
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics", "Information");
        }
    }
}

[CollectionDefinition(nameof(BrowserCollection))]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>;
