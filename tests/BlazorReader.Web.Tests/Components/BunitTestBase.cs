using Bunit;
using MudBlazor.Services;

namespace BlazorReader.Web.Tests.Components;

// Shared bUnit setup: MudBlazor services, loose JS interop, and async disposal because
// MudBlazor's components dispose asynchronously.
public abstract class BunitTestBase : BunitContext, IAsyncLifetime
{
    protected BunitTestBase()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
