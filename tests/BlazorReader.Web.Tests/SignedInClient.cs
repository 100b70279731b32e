using System.Net;
using System.Text.RegularExpressions;
using BlazorReader.Data.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Web.Tests;

// Accounts made through the same service as `cli user add`, and sign-in through the real
// login form (antiforgery token included), as a browser does it.
public static partial class SignedInClient
{
    public const string Password = "a long enough passphrase";

    public static async Task AddUserAsync(ReaderAppFactory app, string email, string role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>().AddAsync(email, Password, role, "test");
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password, bool withToken = true, string? returnUrl = null)
    {
        var path = "/account/login" + (returnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        var form = new Dictionary<string, string> { ["_handler"] = "login", ["Input.Email"] = email, ["Input.Password"] = password };
        if (withToken)
        {
            form["__RequestVerificationToken"] = await TokenAsync(client, path);
        }
        return await client.PostAsync(path, new FormUrlEncodedContent(form), TestContext.Current.CancellationToken);
    }

    public static async Task<HttpClient> SignInAsync(ReaderAppFactory app, string email, string role)
    {
        await AddUserAsync(app, email, role);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await PostLoginAsync(client, email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<string> TokenAsync(HttpClient client, string path) =>
        TokenIn(await client.GetStringAsync(path, TestContext.Current.CancellationToken));

    public static string TokenIn(string html) =>
        TokenField().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no antiforgery field in the page");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
