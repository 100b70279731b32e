using System.Net;
using BlazorReader.Data;
using BlazorReader.Data.Accounts;
using BlazorReader.Data.Curation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests.Components.Pages.Account;

public sealed class LoginTests : AppTest
{
    protected override bool FollowRedirects => false;

    [Fact]
    public async Task The_login_page_is_arabic_rtl_with_an_antiforgery_field()
    {
        var html = await Client.GetStringAsync("/account/login", Ct);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("دخول المحررين", html, StringComparison.Ordinal);
        Assert.Contains("__RequestVerificationToken", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_login_without_the_antiforgery_token_is_refused()
    {
        await SignedInClient.AddUserAsync(App, "editor@example.org", Roles.Editor);
        var response = await SignedInClient.PostLoginAsync(Client, "editor@example.org", SignedInClient.Password, withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("br.auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_good_login_goes_back_to_the_page_asked_for_and_is_audited()
    {
        await SignedInClient.AddUserAsync(App, "editor@example.org", Roles.Editor);
        var response = await SignedInClient.PostLoginAsync(Client, "editor@example.org", SignedInClient.Password, returnUrl: "/admin/audit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/audit", Path(response));
        Assert.Contains(await AuditAsync(), e => e.Action == AuditActions.Login && e.UserName == "editor@example.org");
    }

    [Fact]
    public async Task A_return_address_on_another_site_is_ignored()
    {
        await SignedInClient.AddUserAsync(App, "editor@example.org", Roles.Editor);
        var response = await SignedInClient.PostLoginAsync(Client, "editor@example.org", SignedInClient.Password, returnUrl: "//evil.example");
        Assert.Equal("/admin", Path(response));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await SignedInClient.AddUserAsync(App, "editor@example.org", Roles.Editor);
        for (var i = 0; i < AccountRegistration.MaxFailedLogins; i++)
        {
            var wrong = await SignedInClient.PostLoginAsync(Client, "editor@example.org", "not the password at all");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        var right = await SignedInClient.PostLoginAsync(Client, "editor@example.org", SignedInClient.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("الحساب مقفل", await right.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(AccountRegistration.MaxFailedLogins + 1, (await AuditAsync()).Count(e => e.Action == AuditActions.LoginFailed));
    }

    [Fact]
    public async Task A_wrong_password_says_so_without_telling_which_part_was_wrong()
    {
        var response = await SignedInClient.PostLoginAsync(Client, "nobody@example.org", "whatever password here");
        Assert.Contains("البريد الإلكتروني أو كلمة المرور غير صحيحة", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_is_a_form_post_that_ends_the_session()
    {
        using var editor = await SignedInClient.SignInAsync(App, "editor@example.org", Roles.Editor);
        var form = new Dictionary<string, string>
        {
            ["_handler"] = "logout", ["__RequestVerificationToken"] = await SignedInClient.TokenAsync(editor, "/account/logout"),
        };
        var response = await editor.PostAsync("/account/logout", new FormUrlEncodedContent(form), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.GetAsync("/admin", Ct)).StatusCode);
    }

    private static string Path(HttpResponseMessage response) =>
        response.Headers.Location is { IsAbsoluteUri: true } absolute ? absolute.PathAndQuery : response.Headers.Location!.OriginalString;

    private async Task<List<AuditEntry>> AuditAsync()
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ReaderDbContext>>().CreateDbContextAsync(Ct);
        return await db.Audit.ToListAsync(Ct);
    }
}
