using BlazorReader.Cli;
using BlazorReader.Cli.Commands;

const string usage = """
    usage: BlazorReader.Cli <command> [options]
      import PATH... [--status published|draft|hidden]   import .txt, .json, .jsonl, .zip, .html files or folders
      clean FILE [--json]                                clean one raw article and print the result
      migrate                                            create or update the store's schema
      learn-boilerplate PATH...                          learn each source's recurring lines from a corpus
      bench import|search CORPUS                         measure import or search on a corpus, against baselines in the same run
                                                         (search: --queries N per family, default 1000; --seed S)
      bench search-http CORPUS                           /api/search under 4 clients with the full corpus, and app memory
      bench related CORPUS [--samples] [--out FILE]      related lists: rebuild time, twin recall against MoreLikeThis, precision
                                                         (--samples prints 30 random same-story links to judge by eye;
                                                         --out writes every same-story link to FILE to compare runs)
      bench web                                          article page vs the same HTML as a static file (wrk), and page weight
      related --rebuild                                  recompute every article's related list
      reindex                                            rebuild the search index from the store (app stopped)
      user add EMAIL --role Admin|Editor                 make an account; the password is read from standard input or a prompt
      user list | reset EMAIL | disable EMAIL | enable EMAIL | role EMAIL Admin|Editor
    store options (or the environment: Storage__DataDirectory, Database__Provider, ConnectionStrings__BlazorReader):
      --data DIR  --provider Sqlite|SqlServer  --connection "..."
    """;

try
{
    var line = CommandLine.Parse(args);
    return line.Command switch
    {
        "import" => await ImportCommand.RunAsync(line),
        "clean" => CleanCommand.Run(line, Console.Out, Console.Error),
        "migrate" => await MigrateCommand.RunAsync(line),
        "reindex" => await ReindexCommand.RunAsync(line),
        "related" => await RelatedCommand.RunAsync(line),
        "bench" => await BenchCommand.RunAsync(line),
        "user" => await UserCommand.RunAsync(line, Console.In, Console.Out, Console.Error),
        "learn-boilerplate" => LearnBoilerplateCommand.Run(line),
        "help" or "--help" or "-h" => Done(Console.Out, usage, 0),
        _ => Done(Console.Error, (line.Command.Length == 0 ? "" : $"unknown command '{line.Command}'\n") + usage, 2),
    };
}
catch (UsageException e)
{
    return Done(Console.Error, e.Message + "\n" + usage, 2);
}
catch (InvalidOperationException e)
{
    // Configuration mistakes (provider name, missing connection string) are explained, not traced.
    return Done(Console.Error, "error: " + e.Message, 1);
}

static int Done(TextWriter writer, string text, int code)
{
    writer.WriteLine(text);
    return code;
}
