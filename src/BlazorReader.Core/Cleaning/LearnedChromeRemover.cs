using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// Last before the blocks: a second opinion on the lines every rule kept. Rules are written
// from examples and chrome is each time new; the model (ChromeLineModel) weighs a line's shape,
// its share of the story and its neighbours, and takes out only what it is all but sure of.
// Every line it takes is kept as a removal («chrome») for an editor to see and undo.
internal sealed partial class LearnedChromeRemover : ICleaningStep
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
        var features = ChromeLineFeatures.OfArticle(context.Title, texts, i => !contacts.Contains(lines[i]) && !UnderDateline(lines, datelines, i) && ChromeLineModel.Judges(lines[i].Text) && !ReportsNews(lines[i].Text));
        var probability = new double[lines.Count];
        var sure = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            probability[i] = features[i] is { } x ? model.Probability(x) : 0;
            sure[i] = probability[i] >= model.Threshold;
        }
        Bridge(texts, probability, sure);
        foreach (var line in ChromeEdges.Chosen(texts, sure).Select(i => lines[i]).ToList())
        {
            context.Remove(line, "chrome");
        }
    }

    // Chrome comes in runs, and one line of a run that the model finds likely but is not sure
    // of stops the run at the edge (a card's third row, a share bar between a counter and a tag
    // line). Such a line with a sure line on each side (or the page's edge on one) goes with
    // them, unless it reads as a sentence: a lead, a closing formula («وبالله التوفيق.») stand
    // there too. Asked of the lines as the model left them, so no bridge leans on another.
    private const double Likely = 0.9;

    internal static void Bridge(string?[] texts, double[] probability, bool[] sure)
    {
        var bridged = new List<int>();
        for (var i = 0; i < texts.Length && texts.Length > 1; i++)
        {
            var up = i == 0 || sure[i - 1];
            var down = i == texts.Length - 1 || sure[i + 1];
            if (!sure[i] && probability[i] >= Likely && up && down && !ReadsAsSentence(texts[i]!))
            {
                bridged.Add(i);
            }
        }
        bridged.ForEach(i => sure[i] = true);
        // A bridge joins runs: a sentence the model was sure of, kept by its place till now,
        // must not be carried to the edge by it. The run through a bridge ends at a sentence.
        foreach (var b in bridged)
        {
            for (var i = b - 1; i >= 0 && sure[i]; i--)
            {
                sure[i] = !(texts[i] is { } t && ReadsAsSentence(t));
            }
            for (var i = b + 1; i < texts.Length && sure[i]; i++)
            {
                sure[i] = !(texts[i] is { } t && ReadsAsSentence(t));
            }
        }
    }

    // A sentence that opens with a news verb and closes with a stop («أفادت وكالة رويترز بأن
    // الوفد وصل مساء أمس.») reports; it is the story's however much it names an agency, a
    // number or an account, as chrome does.
    private static bool ReportsNews(string line) =>
        ParagraphOpening.OpensWithNewsVerb(line) && line.TrimEnd() is [.., '.' or '!' or '؟'] && FunctionWords.Count(line) > 0;

    // A bracket after the stop («وبالله التوفيق. (تابع)») is a mark glued on, not the line's end.
    private static bool ReadsAsSentence(string line) =>
        GluedBracket().Replace(line, "").TrimEnd().TrimEnd(')', ']', '»', '"', ' ') is [.., '.' or '!' or '?' or '؟'] && !line.TrimEnd().EndsWith("..", StringComparison.Ordinal) || FunctionWords.Count(line) >= 2;

    [GeneratedRegex(@"\s*[(\[][^()\[\]]{1,20}[)\]]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedBracket();

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
