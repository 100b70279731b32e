using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace BlazorReader.Cli;

// Runs one command line. A usage mistake (a missing or unknown argument, a bad value) exits
// with 2 after what is wrong and the command's help, all on standard error, so that a script
// reading standard output gets nothing; a failure exits with 1 and one line.
public static class CommandLineRun
{
    public static async Task<int> InvokeAsync(RootCommand root, string[] args)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(args);
        // `help` and `help import` as well as `--help` and `import --help`.
        var parse = root.Parse(args is ["help", .. var rest] ? [.. rest, "--help"] : args);
        if (parse.Action is ParseErrorAction)
        {
            // A word the parser could not place is the mistake to read first: for `frobnicate`,
            // "Required command was not provided" only follows from it.
            var errors = parse.Errors.Select(e => e.Message)
                .OrderBy(m => parse.UnmatchedTokens.Any(t => m.Contains($"'{t}'", StringComparison.Ordinal)) ? 0 : 1);
            return UsageError(root, parse, errors);
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            return UsageError(root, parse, [e.Message]);
        }
        catch (InvalidOperationException e)
        {
            // Configuration mistakes (provider name, missing connection string) are explained, not traced.
            await Console.Error.WriteLineAsync("error: " + e.Message);
            return 1;
        }
    }

    private static int UsageError(RootCommand root, ParseResult parse, IEnumerable<string> errors)
    {
        foreach (var error in errors)
        {
            Console.Error.WriteLine(error);
        }
        Console.Error.WriteLine();
        root.Parse([.. CommandPath(parse.CommandResult), "--help"]).Invoke(new InvocationConfiguration { Output = Console.Error });
        return 2;
    }

    private static IEnumerable<string> CommandPath(CommandResult result) =>
        result.Parent is CommandResult parent ? [.. CommandPath(parent), result.Command.Name] : [];
}

// A mistake in what was asked that only the command itself can see (a password missing from
// standard input, two prompts that differ).
public sealed class UsageException(string message) : Exception(message);
