using BlazorReader.Data.Curation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Accounts;

public sealed record UserSummary(string Id, string Email, string Role, bool IsDisabled, bool IsLockedOut, DateTime CreatedAt);

// Adding, disabling, resetting and re-roling accounts, for the CLI and the admin pages alike.
// Every change is audited, and the last active admin can be neither demoted nor disabled.
public sealed class UserAccounts(UserManager<ReaderUser> users, RoleManager<IdentityRole> roles, AuditTrail audit, TimeProvider clock)
{
    public async Task<IdentityResult> AddAsync(string email, string password, string role, string? actor, CancellationToken ct = default)
    {
        if (Roles.Canonical(role) is not { } canonical)
        {
            return Failed("UnknownRole", $"Unknown role '{role}': use {string.Join(" or ", Roles.All)}.");
        }
        await EnsureRolesAsync();
        var user = new ReaderUser { UserName = email.Trim(), Email = email.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created;
        }
        var added = await users.AddToRoleAsync(user, canonical);
        if (added.Succeeded)
        {
            await audit.RecordAsync(actor, AuditActions.UserAdded, $"{user.Email} ({canonical})", ct: ct);
        }
        return added;
    }

    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken ct = default)
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct);
        var list = new List<UserSummary>(all.Count);
        foreach (var u in all)
        {
            var role = (await users.GetRolesAsync(u)).FirstOrDefault() ?? "";
            var locked = u.LockoutEnd is { } end && end > clock.GetUtcNow();
            list.Add(new UserSummary(u.Id, u.Email ?? u.UserName ?? "", role, u.IsDisabled, locked && !u.IsDisabled, u.CreatedAt));
        }
        return list;
    }

    public async Task<IdentityResult> SetRoleAsync(string userId, string role, string? actor, CancellationToken ct = default)
    {
        if (Roles.Canonical(role) is not { } canonical)
        {
            return Failed("UnknownRole", $"Unknown role '{role}'.");
        }
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return Failed("NoSuchUser", "No such user.");
        }
        if (canonical != Roles.Admin && await IsLastActiveAdminAsync(user))
        {
            return Failed("LastAdmin", "The last active admin keeps the Admin role.");
        }
        await EnsureRolesAsync();
        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current);
        var result = removed.Succeeded ? await users.AddToRoleAsync(user, canonical) : removed;
        if (result.Succeeded)
        {
            // A new stamp signs the user out everywhere, so the old role's cookie stops working.
            await users.UpdateSecurityStampAsync(user);
            await audit.RecordAsync(actor, AuditActions.UserChanged, $"{user.Email}: role {canonical}", ct: ct);
        }
        return result;
    }

    public async Task<IdentityResult> SetDisabledAsync(string userId, bool disabled, string? actor, CancellationToken ct = default)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return Failed("NoSuchUser", "No such user.");
        }
        if (disabled && await IsLastActiveAdminAsync(user))
        {
            return Failed("LastAdmin", "The last active admin cannot be disabled.");
        }
        user.IsDisabled = disabled;
        user.LockoutEnd = disabled ? DateTimeOffset.MaxValue : null;
        var result = await users.UpdateAsync(user);
        if (result.Succeeded)
        {
            await users.UpdateSecurityStampAsync(user);
            await audit.RecordAsync(actor, AuditActions.UserChanged, $"{user.Email}: {(disabled ? "disabled" : "enabled")}", ct: ct);
        }
        return result;
    }

    public async Task<IdentityResult> ResetPasswordAsync(string userId, string password, string? actor, CancellationToken ct = default)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return Failed("NoSuchUser", "No such user.");
        }
        foreach (var validator in users.PasswordValidators)
        {
            var valid = await validator.ValidateAsync(users, user, password);
            if (!valid.Succeeded)
            {
                return valid;
            }
        }
        await users.RemovePasswordAsync(user);
        var result = await users.AddPasswordAsync(user, password);
        if (result.Succeeded)
        {
            await users.SetLockoutEndDateAsync(user, user.IsDisabled ? DateTimeOffset.MaxValue : null);
            await users.ResetAccessFailedCountAsync(user);
            await audit.RecordAsync(actor, AuditActions.UserChanged, $"{user.Email}: password reset", ct: ct);
        }
        return result;
    }

    private async Task<bool> IsLastActiveAdminAsync(ReaderUser user)
    {
        if (user.IsDisabled || !await users.IsInRoleAsync(user, Roles.Admin))
        {
            return false;
        }
        var admins = await users.GetUsersInRoleAsync(Roles.Admin);
        return admins.Count(a => !a.IsDisabled) <= 1;
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var name in Roles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                await roles.CreateAsync(new IdentityRole(name));
            }
        }
    }

    private static IdentityResult Failed(string code, string description) =>
        IdentityResult.Failed(new IdentityError { Code = code, Description = description });
}
