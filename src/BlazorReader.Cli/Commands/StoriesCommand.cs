using System.CommandLine;
using System.Globalization;
using BlazorReader.Data.Related;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace BlazorReader.Cli.Commands;

// `stories --rebuild`: regroups every article into stories. Stories and related lists come
// from one in-memory index and the lists leave out each article's own story, so the related
// rebuild does both; this names the story half and says what it made.
public static class StoriesCommand
{
    public static Command Create()
    {
        var rebuild = new Option<bool>("--rebuild") { Description = "Regroup every article into stories (and recompute the related lists that depend on them)." };
        var command = new Command("stories", "Regroup every article into stories; the app keeps stories current on its own.") { rebuild };
        command.Validators.Add(result =>
        {
            if (!result.GetValue(rebuild))
            {
                result.AddError("stories needs --rebuild.");
            }
        });
        StoreOptions.AddTo(command);
        command.SetAction((parse, _) => RunAsync(StoreOptions.Configuration(parse)));
        return command;
    }

    public static async Task<int> RunAsync(IConfiguration configuration)
    {
        var store = await CliStore.OpenAsync(configuration, migrate: true);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using var db = await store.Contexts.CreateDbContextAsync();
        var end = await db.ChangeLog.MaxAsync(c => (long?)c.Sequence) ?? 0;
        using var related = new RelatedStoryService(store.Contexts);
        var count = await related.RebuildAllAsync(
            new Progress<int>(n => Console.WriteLine($"progress: {n} related lists")), CancellationToken.None,
            new Progress<int>(n => Console.WriteLine($"progress: {n} articles grouped into stories in {watch.Elapsed.TotalSeconds:0.0} s")));
        await File.WriteAllTextAsync(Path.Combine(store.Settings.DataDirectory, "related-applied-sequence.txt"), end.ToString(CultureInfo.InvariantCulture));
        var sizes = await db.Stories.GroupBy(s => s.SourceCount).Select(g => new { Papers = g.Key, Stories = g.Count() }).OrderBy(g => g.Papers).ToListAsync();
        var stories = sizes.Sum(s => s.Stories);
        var members = await db.Articles.CountAsync(a => a.StoryId != null);
        Console.WriteLine($"{stories} stories of {members} articles; by papers: {string.Join(", ", sizes.Select(s => $"{s.Papers}: {s.Stories}"))}");
        Console.WriteLine($"rebuilt stories and {count} related lists in {watch.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}
