using BlazorReader.Search.Completion;

namespace BlazorReader.Web.Search;

// Builds the search box's completions once the app has started (a few seconds for the full
// corpus), instead of in the first reader's keystroke.
public sealed class CompletionWarmup(ArticleCompletions completions) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        completions.Warm();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
