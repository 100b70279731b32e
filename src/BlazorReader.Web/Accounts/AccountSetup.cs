using BlazorReader.Data.Accounts;
using Microsoft.AspNetCore.Identity;

namespace BlazorReader.Web.Accounts;

// Sign-in for editors and admins: Identity's cookie, roles as policies, and the answers a
// person or a script expects (login page for a browser, 401/403 for an API call).
public static class AccountSetup
{
    public const string EditorsPolicy = "editors";
    public const string AdminsPolicy = "admins";
    public const string LoginPath = "/account/login";

    public static IServiceCollection AddReaderSignIn(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddReaderAccounts().AddSignInManager().AddErrorDescriber<ArabicIdentityErrors>();
        // A role change or a disabled account takes effect within a minute, not at cookie expiry.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "br.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.LoginPath = LoginPath;
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = c => Answer(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => Answer(c, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(EditorsPolicy, p => p.RequireRole(Roles.Admin, Roles.Editor))
            .AddPolicy(AdminsPolicy, p => p.RequireRole(Roles.Admin));
        return services;
    }

    // Browsers go to the login page (or get a 403 page); API callers get the bare status.
    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> c, int status)
    {
        if (status == StatusCodes.Status401Unauthorized && !c.Request.Path.StartsWithSegments("/api"))
        {
            c.Response.Redirect(c.RedirectUri);
            return Task.CompletedTask;
        }
        c.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
