using System.Net;
using BlazorReader.Data.Accounts;

namespace BlazorReader.Web.Tests.Components.Pages.Admin;

// Every editors' page for anonymous, editor and admin: anonymous goes to the login page,
// an editor is refused user management, an admin sees everything.
public sealed class AuthorizationMatrixTests : AppTest
{
    public static TheoryData<string, bool> Pages => new()
    {
        { "/admin", false },
        { "/admin/articles", false },
        { "/admin/articles/1", false },
        { "/admin/articles/1/revisions", false },
        { "/admin/articles/1/cleaning", false },
        { "/admin/articles/1/related", false },
        { "/admin/articles/1/story", false },
        { "/admin/import", false },
        { "/admin/audit", false },
        { "/admin/users", true },
        { "/admin/sources", true },
        { "/admin/media", true },
    };

    protected override bool FollowRedirects => false;

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Anonymous_readers_are_sent_to_the_login_page(string path, bool adminOnly)
    {
        _ = adminOnly;
        var response = await Client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login?ReturnUrl=", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString(path), response.Headers.Location.Query, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Editors_see_every_page_but_user_management(string path, bool adminOnly)
    {
        using var editor = await SignedInClient.SignInAsync(App, "editor@example.org", Roles.Editor);
        var response = await editor.GetAsync(path, Ct);
        Assert.Equal(adminOnly ? HttpStatusCode.Forbidden : HttpStatusCode.OK, response.StatusCode);
        if (adminOnly)
        {
            Assert.Contains("لا تملك صلاحية هذه الصفحة", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Admins_see_every_page(string path, bool adminOnly)
    {
        _ = adminOnly;
        using var admin = await SignedInClient.SignInAsync(App, "admin@example.org", Roles.Admin);
        var response = await admin.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("_framework/blazor.web", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editors_pages_are_neither_cached_nor_compressed()
    {
        using var admin = await SignedInClient.SignInAsync(App, "admin@example.org", Roles.Admin);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.AcceptEncoding.Add(new("br"));
        var response = await admin.SendAsync(request, Ct);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.True(response.Headers.CacheControl?.NoStore ?? false);
    }
}
