namespace BlazorReader.Core.Cleaning;

// Last before the blocks: a second opinion on the lines every rule kept. Rules are written
// from examples and chrome is each time new; the model (ChromeLineModel) weighs a line's shape,
// its share of the story and its neighbours, and takes out only what it is all but sure of.
// Every line it takes is kept as a removal («chrome») for an editor to see and undo.
internal sealed class LearnedChromeRemover : ICleaningStep
{
    public void Apply(CleaningContext context)
    {
        if (context.LineModel is not { } model || context.Lines.Count < 2)
        {
            return;
        }
        var lines = context.Lines;
        string?[] texts = [.. lines.Select(l => l.Tweet is null ? l.Text : null)];
        var contacts = ContactList.Of(lines);
        // Only a line the model may judge is weighed: most are prose the rules own.
        var datelines = context.Removed.Where(r => r.Reason == "dateline").Select(r => r.Line).ToList();
        var features = ChromeLineFeatures.OfArticle(context.Title, texts, i => !contacts.Contains(lines[i]) && !UnderDateline(lines, datelines, i) && ChromeLineModel.Judges(lines[i].Text));
        var sure = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            sure[i] = features[i] is { } x && model.Probability(x) >= model.Threshold;
        }
        foreach (var line in ChromeEdges.Chosen(texts, sure).Select(i => lines[i]).ToList())
        {
            context.Remove(line, "chrome");
        }
    }

    // A sentence a dateline stood over (or was glued before) is the story's lead: a wire's first
    // sentence can be as short and bare as chrome («تحطمت طائرة … اليوم .»), never its place. A
    // line of no sentence there is the dateline's own date or the page's, the model's to judge.
    // Asked of every line: where the datelines stood is looked up before the line's words are counted.
    private static bool UnderDateline(List<SourceLine> lines, List<int> datelines, int i)
    {
        var line = lines[i];
        var above = i > 0 ? lines[i - 1].Line : -1;
        return datelines.Exists(d => d > above && d <= line.Line)
            && line.Text.TrimEnd() is [.., '.' or '!' or '?' or '؟'] && FunctionWords.Count(line.Text) > 0;
    }
}
