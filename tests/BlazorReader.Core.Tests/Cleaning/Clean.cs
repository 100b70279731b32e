using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Runs the line splitter and then the given steps, so one step is tested on its own.
internal static class Clean
{
    public static CleaningContext With(string text, params ICleaningStep[] steps) => With(new RawArticle(text), steps);

    public static CleaningContext With(RawArticle raw, params ICleaningStep[] steps)
    {
        var context = new CleaningContext(raw, null);
        new LineSplitter().Apply(context);
        foreach (var step in steps)
        {
            step.Apply(context);
        }
        return context;
    }

    public static string[] BodyLines(this CleaningContext context) => [.. context.Lines.Select(l => l.Text)];

    public static string SeedText => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds", "000_3125d2bf6cf5a27d.txt"));
}
