using System.CommandLine;
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
        var (count, seconds) = await RelatedCommand.RebuildAsync(configuration, async db =>
        {
            var sizes = await db.Stories.GroupBy(s => s.SourceCount).Select(g => new { Papers = g.Key, Stories = g.Count() }).OrderBy(g => g.Papers).ToListAsync();
            var members = await db.Articles.CountAsync(a => a.StoryId != null);
            Console.WriteLine($"{sizes.Sum(s => s.Stories)} stories of {members} articles; by papers: {string.Join(", ", sizes.Select(s => $"{s.Papers}: {s.Stories}"))}");
        });
        Console.WriteLine($"rebuilt stories and {count} related lists in {seconds:0.0} s");
        return 0;
    }
}
