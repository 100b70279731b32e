using Bunit;
using Microsoft.Extensions.DependencyInjection;
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
        Services.AddSingleton(_ => new BlazorReader.Web.Rendering.BodyHtmlCache());
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await base.DisposeAsync();
        AfterDispose();
        GC.SuppressFinalize(this);
    }

    // xunit disposes a test class asynchronously only: a synchronous Dispose beside this one
    // never runs, so cleanup that must follow the components' disposal goes here.
    protected virtual void AfterDispose()
    {
    }
}
