using System.Net;
using BlazorReader.Data.Accounts;

namespace BlazorReader.Web.Tests.Setup;

// Two app instances on one store: the sign-in keys live in the database, so a cookie issued
// by one is honoured by the other (how editors stay signed in behind a load balancer).
public sealed class SharedLoginTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_login_made_on_one_instance_is_honoured_by_another_on_the_same_store()
    {
        var folder = ReaderAppFactory.NewDataDirectory();
        var otherFolder = ReaderAppFactory.NewDataDirectory();
        var database = $"Data Source={Path.Combine(folder, "blazorreader.db")};Default Timeout=30";
        Directory.CreateDirectory(folder);
        await using (var first = new ReaderAppFactory(folder))
        await using (var second = new ReaderAppFactory(otherFolder, connectionString: database))
        {
            await SignedInClient.AddUserAsync(first, "editor@example.org", Roles.Editor);
            using var one = first.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
            var page = await one.GetAsync("/account/login", Ct);
            var antiforgery = Cookies(page).Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
            var token = SignedInClient.TokenIn(await page.Content.ReadAsStringAsync(Ct));
            using var login = new HttpRequestMessage(HttpMethod.Post, "/account/login")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["_handler"] = "login", ["Input.Email"] = "editor@example.org", ["Input.Password"] = SignedInClient.Password,
                    ["__RequestVerificationToken"] = token,
                }),
            };
            login.Headers.Add("Cookie", antiforgery);
            var auth = Cookies(await one.SendAsync(login, Ct)).Single(c => c.StartsWith("br.auth=", StringComparison.Ordinal));

            using var other = second.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
            using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/audit");
            request.Headers.Add("Cookie", auth);
            Assert.Equal(HttpStatusCode.OK, (await other.SendAsync(request, Ct)).StatusCode);
        }
        ReaderAppFactory.DeleteFolder(folder);
        ReaderAppFactory.DeleteFolder(otherFolder);
    }

    private static IEnumerable<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : [];
}
