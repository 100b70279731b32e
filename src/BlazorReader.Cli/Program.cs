using System.CommandLine;
using BlazorReader.Bench;
using BlazorReader.Cli;
using BlazorReader.Cli.Commands;

var root = new RootCommand("BlazorReader's command line: import and clean articles, look after the store, its indexes and accounts, and measure.")
{
    ImportCommand.Create(),
    CleanCommand.Create(),
    MigrateCommand.Create(),
    LearnBoilerplateCommand.Create(),
    BenchCommand.Create(),
    RelatedCommand.Create(),
    StoriesCommand.Create(),
    ReindexCommand.Create(),
    IndexCommand.Create(),
    RecleanCommand.Create(),
    UserCommand.Create(),
    MediaCommand.Create(),
};
return await CommandLineRun.InvokeAsync(root, args);
