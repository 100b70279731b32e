using System.Text.RegularExpressions;
using BlazorReader.Core.Arabic;
using System.Globalization;

namespace BlazorReader.Core.Cleaning;

// A logistic model over ChromeLineFeatures, trained by `bench clean-model` on dressed articles
// of catalogues the honest figures do not use, and read from the text file beside it. Its
// threshold is set so high that a line goes only when the model is all but sure: a paragraph
// lost is a defect, chrome left in a nuisance.
public sealed partial class ChromeLineModel
{
    public const string ResourceName = "chrome-line-model.txt";

    private const int LongSentence = 80;

    private const int ProseWords = 18;

    private const int ClauseWords = 10;

    private readonly float[] weights;

    public ChromeLineModel(float bias, float[] weights, double threshold)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length != ChromeLineFeatures.Count)
        {
            throw new ArgumentException($"The model holds {weights.Length} weights; the features are {ChromeLineFeatures.Count}.", nameof(weights));
        }
        Bias = bias;
        this.weights = weights;
        Threshold = threshold;
    }

    public float Bias { get; }

    public double Threshold { get; }

    public static ChromeLineModel? Default { get; } = Load();

    public double Probability((int Index, float Value)[] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        double z = Bias;
        foreach (var (i, v) in features)
        {
            z += weights[i] * v;
        }
        return 1 / (1 + Math.Exp(-z));
    }

    // A writer's name or a place, alone or with a title after a dash, closes many a column and
    // opens many a page's chrome alike: no shape tells the two apart, so the rules own it. So
    // does a verse or a saying in brackets on its own line, and a sentence that carries the
    // story on («وتبادل الجميع خلال الحفل …», a link glued after it or not): with the chrome
    // round it taken, it sat at an edge.
    public static bool Judges(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        // Long prose (a sentence's grammar words, or its full stop) is the story's even with a
        // label glued before it («🔴 #المغرب | أعلنت …», an unsplit dateline): what is glued is
        // the rules' to cut, never the model's; other stories' leads are the rules' too. Asked
        // first: most lines asked are the story's paragraphs.
        if (line.Length >= LongSentence && line.TrimEnd() is var end && (end[^1] is '.' or '!' or '؟' or '?' && !end.EndsWith("..", StringComparison.Ordinal)
            || line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => FunctionWords.IsOne(ArabicNormalizer.Normalize(w.Trim('،', ',', '.', ':', '«', '»')))) >= 3))
        {
            return false;
        }
        if (line.Length >= 60 && line.IndexOfAny(['.', '!', '؟', '،']) > 0 && ParagraphOpening.Continues(line))
        {
            return false;
        }
        // A line of many words, or of ten with a sentence's grammar words, is a sentence (a lead
        // that runs on without its stop, a wire's first line broken mid-phrase): the story's, or
        // another story's lead, which is the rules' to judge.
        if (Words(line) is var words && (words >= ProseWords || words >= ClauseWords && FunctionWords.Count(line) >= 2))
        {
            return false;
        }
        // A paper's note on this story, a verse of the Quran in its brackets, a hadith with its
        // source: the story's words, which no page's chrome is made of.
        if (ParagraphOpening.IsEditorsNote(line) || line.Contains('﴿', StringComparison.Ordinal) || line.Contains('﴾', StringComparison.Ordinal) || Hadith().IsMatch(line))
        {
            return false;
        }
        var t = line.Trim().Trim('-', '–', '—', ' ');
        // A sentence wholly in quotation marks is someone's words: a column's epigraph, a name
        // the story goes on to tell of («Superbeam»), speech; a page's chrome is not quoted.
        if (Quoted(t.TrimEnd('.', ' ')))
        {
            return false;
        }
        // «جانب من الحفل …», «صورة جماعية للبعثة في تركيا», «الوزير أثناء اجتماعه بالوفد»: the
        // story's own caption, whatever is glued after it (tags, a credit). A caption with a
        // photographer's or an agency's credit is the rules' (CaptionLines) to take; one without
        // is text the paper printed with the story, and the model cannot tell it from a page's.
        if (t.StartsWith("جانب من", StringComparison.Ordinal) || OwnCaption().IsMatch(t))
        {
            return false;
        }
        // A name with hashtags glued after it («عبدالله العصيمي #لتسوير») is still the name.
        t = GluedTags().Replace(t, "");
        var cut = t.IndexOfAny(['-', '–', '—', '،', ',']);
        var name = cut > 0 ? t[..cut].Trim() : t;
        return !PersonNames.IsName(name) && !PlaceNames.Named(name) && !(t.Length > 0 && t[0] == '(' && t[^1] == ')');
    }

    [GeneratedRegex(@"^(صورة|صور|لقطة|لقطات)\s+(جماعية|تذكارية|من|ل|لل)|^[^.!؟?:|/@#\d]{0,50}\s(أثناء|اثناء|خلال|لدى|عقب)\s[^.!؟?:|/@#\d]{2,50}$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnCaption();

    [GeneratedRegex(@"(\s+#[\w\u0600-\u06FF]+)+\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedTags();

    private static bool Quoted(string t) =>
        t.Length > 2 && ((t[0] == '«' && t[^1] == '»') || (t[0] is '"' or '“' && t[^1] is '"' or '”'));

    private static int Words(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Length > 1 && char.IsLetter(w[0]));

    // "threshold T", "bias B", then "index weight" per line; # opens a comment.
    public static ChromeLineModel Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var w = new float[ChromeLineFeatures.Count];
        float bias = 0;
        var threshold = 1.0;
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new FormatException($"Line {number} of the model is not «name value»: {line}");
            }
            switch (parts[0])
            {
                case "threshold": threshold = value; break;
                case "bias": bias = (float)value; break;
                default:
                    if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= w.Length)
                    {
                        throw new FormatException($"Line {number} of the model names no feature (0 to {w.Length - 1}): {line}");
                    }
                    w[index] = (float)value;
                    break;
            }
        }
        return new ChromeLineModel(bias, w, threshold);
    }

    public void Write(TextWriter writer, string comment)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(comment);
        foreach (var line in comment.Split('\n'))
        {
            writer.WriteLine("# " + line);
        }
        writer.WriteLine($"threshold {Threshold.ToString("R", CultureInfo.InvariantCulture)}");
        writer.WriteLine($"bias {Bias.ToString("R", CultureInfo.InvariantCulture)}");
        for (var i = 0; i < weights.Length; i++)
        {
            if (Math.Abs(weights[i]) >= 1e-4)
            {
                writer.WriteLine($"{i} {weights[i].ToString("0.#####", CultureInfo.InvariantCulture)}");
            }
        }
    }

    private static ChromeLineModel? Load()
    {
        using var stream = typeof(ChromeLineModel).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return null;
        }
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[(（]\s*(متفق\s+عليه|رواه\s+\S+|أخرجه\s+\S+)|صلى\s+الله\s+عليه\s+وسلم|ﷺ", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Hadith();
}
