using BlazorReader.Data;
using BlazorReader.Data.Accounts;
using BlazorReader.Data.Curation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace BlazorReader.Cli.Commands;

// `user add EMAIL --role Admin|Editor` makes the first admin: there is no default account.
// Passwords come from standard input when it is redirected, else from a hidden prompt, so
// they never appear in the shell's history or the process list.
public static class UserCommand
{
    public const string ActorName = "cli";

    public static async Task<int> RunAsync(CommandLine line, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(line);
        var verb = line.Arguments.ElementAtOrDefault(0) ?? "";
        var email = line.Arguments.ElementAtOrDefault(1);
        if (verb != "list" && string.IsNullOrWhiteSpace(email))
        {
            throw new UsageException("user " + (verb.Length == 0 ? "add|list|reset|disable|enable|role" : verb) + " needs an e-mail address.");
        }
        var store = await CliStore.OpenAsync(line, migrate: true);
        await using var services = Build(store);
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ReaderUser>>();
        IdentityResult result;
        switch (verb)
        {
            case "list":
                foreach (var u in await accounts.ListAsync())
                {
                    output.WriteLine($"{u.Email}\t{u.Role}\t{(u.IsDisabled ? "disabled" : u.IsLockedOut ? "locked out" : "active")}");
                }
                return 0;
            case "add":
                var role = line.Options.GetValueOrDefault("--role") ?? throw new UsageException("user add needs --role Admin or --role Editor.");
                result = await accounts.AddAsync(email!, ReadPassword(input, output), role, ActorName);
                break;
            case "reset" or "disable" or "enable" or "role":
                if (await users.FindByEmailAsync(email!.Trim()) is not { } user)
                {
                    error.WriteLine($"error: no user with the e-mail address {email}.");
                    return 1;
                }
                result = verb switch
                {
                    "reset" => await accounts.ResetPasswordAsync(user.Id, ReadPassword(input, output), ActorName),
                    "disable" => await accounts.SetDisabledAsync(user.Id, true, ActorName),
                    "enable" => await accounts.SetDisabledAsync(user.Id, false, ActorName),
                    _ => await accounts.SetRoleAsync(user.Id,
                        line.Arguments.ElementAtOrDefault(2) ?? throw new UsageException("user role EMAIL needs a role: Admin or Editor."), ActorName),
                };
                break;
            default:
                throw new UsageException($"unknown user command '{verb}'.");
        }
        if (!result.Succeeded)
        {
            error.WriteLine("error: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            return 1;
        }
        output.WriteLine($"user {verb}: {email} done.");
        return 0;
    }

    private static ServiceProvider Build(CliStore store)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddReaderStore(store.Settings);
        services.AddSingleton(TimeProvider.System);
        services.AddReaderAccounts();
        return services.BuildServiceProvider();
    }

    private static string ReadPassword(TextReader input, TextWriter output)
    {
        if (Console.IsInputRedirected || input != Console.In)
        {
            return input.ReadLine() ?? throw new UsageException("no password on standard input.");
        }
        var password = AnsiConsole.Prompt(new TextPrompt<string>($"Password ({AccountRegistration.MinimumPasswordLength}+ characters):").Secret());
        var again = AnsiConsole.Prompt(new TextPrompt<string>("Same password again:").Secret());
        if (password != again)
        {
            throw new UsageException("the two passwords differ.");
        }
        output.WriteLine();
        return password;
    }
}
