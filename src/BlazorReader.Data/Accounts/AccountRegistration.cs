using BlazorReader.Data.Curation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorReader.Data.Accounts;

// Identity's rules in one place, shared by the app (sign-in) and the CLI (`user add`).
public static class AccountRegistration
{
    public const int MinimumPasswordLength = 12;
    public const int MaxFailedLogins = 5;
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);

    // Accounts plus what manages them (UserAccounts, and the audit trail it writes to).
    public static IdentityBuilder AddReaderAccounts(this IServiceCollection services)
    {
        services.AddSingleton<AuditTrail>();
        services.AddScoped<UserAccounts>();
        return services.AddIdentityCore<ReaderUser>(Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ReaderDbContext>();
    }

    // Length over composition rules: a long passphrase is stronger than "Passw0rd!" and
    // easier to type in either keyboard layout.
    public static void Configure(IdentityOptions o)
    {
        ArgumentNullException.ThrowIfNull(o);
        o.Password.RequiredLength = MinimumPasswordLength;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Password.RequiredUniqueChars = 4;
        o.Lockout.MaxFailedAccessAttempts = MaxFailedLogins;
        o.Lockout.DefaultLockoutTimeSpan = LockoutTime;
        o.Lockout.AllowedForNewUsers = true;
        o.User.RequireUniqueEmail = true;
        o.SignIn.RequireConfirmedAccount = false;
    }
}
