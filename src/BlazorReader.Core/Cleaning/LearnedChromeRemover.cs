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
        FootRun(texts, features, probability, sure, model.Threshold);
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

    // The page's foot is a run of lines under the story's last paragraph: an app's rows, its
    // buttons, a signature, a label no page names twice. Each alone may be only likely, and one
    // such line keeps every line above it from the edge. A run the model finds likely line by
    // line, with two lines it is sure of and no sentence among them, goes whole.
    private const double FootLikely = 0.75;
    private const double FootMean = 0.93;
    private const double FootEdge = 0.97;

    internal static void FootRun(string?[] texts, IReadOnlyList<(int Index, float Value)[]?> features, double[] probability, bool[] sure, double threshold)
    {
        var top = texts.Length;
        while (top > 0 && texts[top - 1] is { } t && features[top - 1] is not null && probability[top - 1] >= FootLikely && !OfTheStory(t))
        {
            top--;
        }
        // The line the run meets the story at must be all but sure: a subheading, a hotline or a
        // caption closing the story sits there as likely as a label does («خطة بديلة», «للتواصل: …»).
        while (top < texts.Length && probability[top] < FootEdge)
        {
            top++;
        }
        var run = probability.AsSpan(top);
        var certain = 0;
        var sum = 0.0;
        foreach (var p in run)
        {
            certain += p >= threshold ? 1 : 0;
            sum += p;
        }
        if (run.Length >= 2 && certain >= 2 && sum / run.Length >= FootMean)
        {
            sure.AsSpan(top).Fill(true);
        }
    }

    // What stops a foot's run: a sentence or one opening what follows, a writer signing, a line
    // that carries the story on («ثالثاً: …», «وفي الختام …») or a counted point of its list.
    private static bool OfTheStory(string line) =>
        ReadsAsSentence(line) || Introduces(line) || SignsFromAPlace(line) || ParagraphOpening.Continues(line) || TeaserList.Mark(line) == TeaserList.Numbered;

    // «الجدول التالي يوضح توزيع المستفيدين حسب المناطق:»: a sentence opening what follows.
    private static bool Introduces(string line) =>
        line.TrimEnd() is [.., ':'] && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4;

    // «نزار بنجابي - جدة», «سارة الخالدي، أبها», a name alone: a letter's or a column's writer
    // signing under it, the story's last line; a name with a paper's is the rules' to read.
    private static bool SignsFromAPlace(string line)
    {
        var parts = line.Split(['-', '–', '—', '،', ',', '|', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 1 ? PersonNames.IsName(parts[0])
            : parts.Length == 2 && (Named(parts[0]) && PlaceNames.Named(parts[1]) || Named(parts[1]) && PlaceNames.Named(parts[0]));
    }

    // Beside a place, a given name opening two to five words is a name whatever the family
    // name's spelling («نزار عبداللطيف بنجابي»).
    private static bool Named(string part) =>
        part.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 and <= 5 } words && PersonNames.IsGivenName(words[0]) && !part.Any(char.IsDigit);

    // A sentence that opens with a news verb and closes with a stop («أفادت وكالة رويترز بأن
    // الوفد وصل مساء أمس.») reports; it is the story's however much it names an agency, a
    // number or an account, as chrome does. So does one that carries the story on and closes
    // («ويبدأ التسجيل الأربعاء 2015/7/29، ويستمر أسبوعين.»).
    private static bool ReportsNews(string line) =>
        line.TrimEnd() is [.., '.' or '!' or '؟'] && (ParagraphOpening.OpensWithNewsVerb(line) && FunctionWords.Count(line) > 0 || line.TrimStart() is ['و' or 'ف', ..] && ParagraphOpening.Continues(line));

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
