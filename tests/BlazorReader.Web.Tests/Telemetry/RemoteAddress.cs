using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Telemetry;

// The test server has no socket, so no remote address: this gives every request one, ahead of
// the app's own pipeline, as a scraper's connection would.
public sealed class RemoteAddress(IPAddress address) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, following) =>
        {
            http.Connection.RemoteIpAddress = address;
            return following(http);
        });
        next(app);
    };

    public static WebApplicationFactory<Program> From(ReaderAppFactory app, string address) =>
        app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter>(new RemoteAddress(IPAddress.Parse(address)))));
}
