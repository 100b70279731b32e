namespace BlazorReader.Web.Tests;

// One app over its own data folder per test class instance, with a client; both go away after.
public abstract class AppTest : IAsyncLifetime
{
    private ReaderAppFactory? app;

    protected ReaderAppFactory App => app ??= CreateApp();

    protected virtual ReaderAppFactory CreateApp() => new();

    protected HttpClient Client { get; private set; } = default!;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected virtual bool FollowRedirects => true;

    public virtual ValueTask InitializeAsync()
    {
        Client = App.CreateClient(new() { AllowAutoRedirect = FollowRedirects });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        ReaderAppFactory.DeleteFolder(App.DataDirectory);
        GC.SuppressFinalize(this);
    }
}
