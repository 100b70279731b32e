using System.CommandLine;
using BlazorReader.Data;
using BlazorReader.Data.Accounts;
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

    public static Command Create()
    {
        var list = new Command("list", "List every account: e-mail address, role, and active, disabled or locked out.");
        list.SetAction((parse, _) => WithAccountsAsync(parse, async (accounts, _) =>
        {
            foreach (var u in await accounts.ListAsync())
            {
                parse.InvocationConfiguration.Output.WriteLine($"{u.Email}\t{u.Role}\t{(u.IsDisabled ? "disabled" : u.IsLockedOut ? "locked out" : "active")}");
            }
            return 0;
        }));

        var email = Email();
        // Roles are suggested, not enforced here: the accounts name an unknown one themselves.
        var role = new Option<string>("--role") { Description = "The account's role.", HelpName = "Admin|Editor", Required = true };
        role.CompletionSources.Add("Admin", "Editor");
        var add = new Command("add", "Make an account; its password is read from standard input or a hidden prompt.") { email, role };
        add.SetAction((parse, _) => WithAccountsAsync(parse, async (accounts, _) => Report(parse, "add", parse.GetValue(email)!,
            await accounts.AddAsync(parse.GetValue(email)!, ReadPassword(parse), parse.GetValue(role)!, ActorName))));

        var newRole = new Argument<string>("ROLE") { Description = "Admin or Editor." };
        newRole.CompletionSources.Add("Admin", "Editor");
        var command = new Command("user", "Manage accounts. The last active admin can be neither disabled nor demoted.")
        {
            add,
            list,
            OnAccount("reset", "Set a new password, read from standard input or a hidden prompt.",
                (parse, accounts, user) => accounts.ResetPasswordAsync(user.Id, ReadPassword(parse), ActorName)),
            OnAccount("disable", "Disable an account: it can no longer sign in.",
                (_, accounts, user) => accounts.SetDisabledAsync(user.Id, true, ActorName)),
            OnAccount("enable", "Enable a disabled account again.",
                (_, accounts, user) => accounts.SetDisabledAsync(user.Id, false, ActorName)),
            OnAccount("role", "Change an account's role.",
                (parse, accounts, user) => accounts.SetRoleAsync(user.Id, parse.GetValue(newRole)!, ActorName), newRole),
        };
        foreach (var verb in command.Subcommands)
        {
            StoreOptions.AddTo(verb);
        }
        return command;
    }

    private static Argument<string> Email() => new("EMAIL") { Description = "The account's e-mail address." };

    // A change to an existing account, found by its e-mail address first so that a mistyped
    // address is one clear line.
    private static Command OnAccount(string verb, string description,
        Func<ParseResult, UserAccounts, ReaderUser, Task<IdentityResult>> change, params Argument[] more)
    {
        var email = Email();
        var command = new Command(verb, description) { email };
        foreach (var argument in more)
        {
            command.Add(argument);
        }
        command.SetAction((parse, _) => WithAccountsAsync(parse, async (accounts, users) =>
        {
            var address = parse.GetValue(email)!;
            if (await users.FindByEmailAsync(address.Trim()) is not { } user)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: no user with the e-mail address {address}.");
                return 1;
            }
            return Report(parse, verb, address, await change(parse, accounts, user));
        }));
        return command;
    }

    private static async Task<int> WithAccountsAsync(ParseResult parse, Func<UserAccounts, UserManager<ReaderUser>, Task<int>> use)
    {
        var store = await CliStore.OpenAsync(StoreOptions.Configuration(parse), migrate: true);
        await using var services = Build(store);
        await using var scope = services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<UserAccounts>(), scope.ServiceProvider.GetRequiredService<UserManager<ReaderUser>>());
    }

    private static int Report(ParseResult parse, string verb, string email, IdentityResult result)
    {
        if (!result.Succeeded)
        {
            parse.InvocationConfiguration.Error.WriteLine("error: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            return 1;
        }
        parse.InvocationConfiguration.Output.WriteLine($"user {verb}: {email} done.");
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

    private static string ReadPassword(ParseResult parse)
    {
        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine() ?? throw new UsageException("no password on standard input.");
        }
        var password = AnsiConsole.Prompt(new TextPrompt<string>($"Password ({AccountRegistration.MinimumPasswordLength}+ characters):").Secret());
        var again = AnsiConsole.Prompt(new TextPrompt<string>("Same password again:").Secret());
        if (password != again)
        {
            throw new UsageException("the two passwords differ.");
        }
        parse.InvocationConfiguration.Output.WriteLine();
        return password;
    }
}
