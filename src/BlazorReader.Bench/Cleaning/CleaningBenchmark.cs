using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using BlazorReader.Bench.Common;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;

namespace BlazorReader.Bench.Cleaning;

// `bench clean CORPUS`: clean corpus articles dressed in generated site chrome and score the
// result against the article as it was (CleaningReport); then run the cleaner over the whole
// corpus as it is and list what it removed (the corpus is mostly clean, so a removal there
// must be noise). Speed is cleaning on one thread against splitting and normalising the same
// lines in the same run.
public static class CleaningBenchmark
{
    public const int DefaultArticles = 2000;
    public const int DefaultSeed = 20150721;

    public static Command CreateCommand()
    {
        var corpus = CorpusArgument.Create();
        var articles = NumberOption.Positive("--articles", "N", "Clean corpus articles to dress and clean.", DefaultArticles);
        var seed = NumberOption.Positive("--seed", "S", "The seed the articles and their dressing are drawn with.", DefaultSeed);
        var worst = NumberOption.Positive("--worst", "N", "Worst cases printed whole, to read.", 20);
        var only = new Option<string?>("--only")
        {
            Description = "Print only cases with: lost, order (blocks out of order), tweets, clean (a removal from an undressed article), a noise kind left (Teaser, Credit, …) or removed:REASON.",
            HelpName = "WHAT",
        };
        only.Validators.Add(result =>
        {
            if (!CaseFilter.IsKnown(result.GetValueOrDefault<string?>()))
            {
                result.AddError(CaseFilter.Usage);
            }
        });
        var removals = new Option<string?>("--removals")
        {
            Description = "Write every removal from the corpus as it is to FILE (tab-separated: source, url, reason, text), to read.",
            HelpName = "FILE",
        };
        var raw = new Option<string?>("--raw")
        {
            Description = "Write each printed case's raw text to DIR (one .txt per case, named by its number), to clean again with `clean`.",
            HelpName = "DIR",
        };
        var catalogue = new Option<DressingCatalogue>("--catalogue")
        {
            Description = "The shapes the articles are dressed in: original, holdout (written apart, never tuned on) or fresh (written apart from both) or blind, sealed, sixth, seventh, eighth, ninth, tenth, eleventh, twelfth, thirteenth, fourteenth, fifteenth, sixteenth, seventeenth, eighteenth, nineteenth, twentieth, twentyfirst, twentysecond, twentythird, twentyfourth, twentyfifth, twentysixth, twentyseventh, twentyeighth, twentyninth, thirtieth, thirtyfirst, thirtysecond, thirtythird, thirtyfourth, thirtyfifth and thirtysixth (each written without reading the cleaner or the others).",
            DefaultValueFactory = _ => DressingCatalogue.Original,
        };
        var rulesAlone = new Option<bool>("--rules-alone")
        {
            Description = "Clean with the rules alone, the learned second opinion (ChromeLineModel) off: what the model adds is the difference.",
        };
        var command = new Command("clean", "Cleaning: corpus articles dressed in generated site chrome, scored against the article as it was; the corpus as it is; speed against a baseline.")
        {
            corpus, articles, seed, worst, only, removals, raw, catalogue, rulesAlone,
        };
        command.SetAction(parse => Run(parse.GetValue(corpus)!, parse.InvocationConfiguration.Output, parse.GetValue(articles), parse.GetValue(seed),
            parse.GetValue(worst), CaseFilter.Parse(parse.GetValue(only)), parse.GetValue(removals), parse.GetValue(catalogue), parse.GetValue(raw),
            parse.GetValue(rulesAlone)));
        return command;
    }

    public static int Run(string corpus, TextWriter output, int count = DefaultArticles, int seed = DefaultSeed, int worst = 20, Func<ArticleScore, bool>? only = null, string? removalsFile = null,
        DressingCatalogue catalogue = DressingCatalogue.Original, string? rawFolder = null, bool rulesAlone = false)
    {
        var all = ArticleSourceReader.Read(corpus).Where(i => i.Article is not null).Select(i => i.Article!).ToList();
        var cleanPool = all.Where(CleanArticleScreen.IsClean).ToList();
        output.WriteLine($"corpus: {all.Count} articles, {cleanPool.Count} clean by the screen; dressing {count} (seed {seed}, {catalogue.ToString().ToLowerInvariant()} catalogue)");
        var dressed = DressedSample.Draw(all, cleanPool, count, seed, catalogue);
        var cleaner = rulesAlone ? new ArticleCleaner { LineModel = null } : new ArticleCleaner();
        output.WriteLine(rulesAlone ? "the rules alone (the learned second opinion off)" : "the rules and the learned second opinion");
        var cleaned = dressed.Select(d => cleaner.Clean(d.Raw)).ToList();
        var plain = dressed.Select((d, i) => new ArticleScore(d, cleaned[i])).ToList();
        var printed = CleaningReport.Write(output, plain, worst, only);
        if (rawFolder is not null)
        {
            Directory.CreateDirectory(rawFolder);
            foreach (var s in printed)
            {
                File.WriteAllText(Path.Combine(rawFolder, s.Dressed.Key.Split(' ')[0].TrimStart('#') + ".txt"), s.Dressed.Raw.Text);
            }
        }
        // At import the store knows the other articles, so teasers that name them are certain.
        var known = new KnownStories();
        all.ForEach(a => known.Add(a.Title, TextReferee.Lines(a.Text).FirstOrDefault()));
        var atImport = dressed.Select(d => cleaner.Clean(d.Raw, known)).ToList();
        output.WriteLine();
        output.WriteLine("the same articles cleaned as an import does, with the corpus's titles and leads in the store:");
        var imported = dressed.Select((d, i) => new ArticleScore(d, atImport[i])).ToList();
        CleaningReport.WriteSummary(output, imported);
        CleaningReport.WriteWorseAtImport(output, plain, imported);
        CorpusAsIs.Write(output, all, cleaner, seed, removalsFile);
        WriteSpeed(output, all, cleaner);
        return 0;
    }

    // One thread, the corpus as it is, twice each (the first pass warms up), the baseline first.
    private static void WriteSpeed(TextWriter output, List<RawArticle> all, ArticleCleaner cleaner)
    {
        var baseline = Fastest(() => all.Sum(a => TextReferee.Lines(a.Text).Count));
        var cleaning = Fastest(() => all.Sum(a => cleaner.Clean(a).Blocks.Count));
        output.WriteLine();
        output.WriteLine($"speed, one thread, {all.Count} articles: cleaning {Rate(all.Count, cleaning)}/s; splitting and normalising their lines alone "
            + $"{Rate(all.Count, baseline)}/s; cleaning takes {(cleaning / baseline).ToString("0.0", CultureInfo.InvariantCulture)}x the baseline's time");
    }

    private static double Fastest(Func<int> work)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 2; i++)
        {
            var sw = Stopwatch.StartNew();
            work();
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }
        return best;
    }

    private static string Rate(int n, double seconds) => (n / seconds).ToString("N0", CultureInfo.InvariantCulture);
}
