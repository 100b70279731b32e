using System.CommandLine;
using System.Globalization;
using BlazorReader.Data.Media;

namespace BlazorReader.Cli.Commands;

// `media sweep [--dry-run] [--grace-hours N]`: removes library pictures no article uses (as
// body or lead picture), e.g. those a Markdown re-import skipped as unchanged stored first.
// A picture uploaded within the grace period is kept: its editor may not have saved yet.
public static class MediaCommand
{
    public const string ActorName = "cli";

    public static Command Create()
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "List what would be removed; remove nothing." };
        var grace = new Option<int>("--grace-hours")
        {
            Description = "Keep pictures uploaded within this many hours.",
            HelpName = "N",
            DefaultValueFactory = _ => (int)MediaRemoval.DefaultGrace.TotalHours,
        };
        grace.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--grace-hours is a number of hours: 0 or more.");
            }
        });
        var sweep = new Command("sweep", "Remove pictures no article uses, older than the grace period.") { dryRun, grace };
        StoreOptions.AddTo(sweep);
        sweep.SetAction(async (parse, ct) =>
        {
            var store = await CliStore.OpenAsync(StoreOptions.Configuration(parse), migrate: true);
            var removal = new MediaRemoval(store.Contexts, TimeProvider.System);
            var hours = TimeSpan.FromHours(parse.GetValue(grace));
            var output = parse.InvocationConfiguration.Output;
            var pictures = parse.GetValue(dryRun) ? await removal.UnusedAsync(hours, ct) : await removal.SweepAsync(hours, ActorName, ct);
            foreach (var p in pictures)
            {
                output.WriteLine($"{p.Id}\t{p.UploadedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}\t{p.Alt}");
            }
            output.WriteLine(parse.GetValue(dryRun)
                ? $"{pictures.Count} unused pictures would be removed (dry run: nothing removed)"
                : $"removed {pictures.Count} unused pictures");
            return 0;
        });
        return new Command("media", "Look after the media library.") { sweep };
    }
}
