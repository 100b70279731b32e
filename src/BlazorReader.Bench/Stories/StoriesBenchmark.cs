using System.CommandLine;
using System.Diagnostics;
using BlazorReader.Bench.Common;
using BlazorReader.Bench.Related;
using BlazorReader.Core.Related;

namespace BlazorReader.Bench.Stories;

// `bench stories CORPUS`: are the articles a reader would call one story in one story, and
// nothing else? Natural pairs with reworded headlines (labelled from exact text overlap,
// independent of the detector), generated rewrites and hard negatives built from shapes,
// precision on labels and 50 links to read, template pairs labelled by reading (one event,
// or one template's other event), the biggest stories (chaining shows there), and
// the related lists' rules; MoreLikeThis's top 10 on the same pairs in the same run.
public static class StoriesBenchmark
{
    public static Command CreateCommand()
    {
        var corpus = CorpusArgument.Create();
        var seed = NumberOption.Positive("--seed", "N", "Seed for the generated rewrites, negatives and samples.", 15);
        var generated = NumberOption.Positive("--generated", "N", "How many rewrites (and as many negatives) to generate.", 600);
        var noBaseline = new Option<bool>("--no-baseline") { Description = "Skip MoreLikeThis (minutes) while tuning; the figures it gives stay those of a full run." };
        var command = new Command("stories", "Stories: recall on reworded pairs and generated rewrites against MoreLikeThis, precision, story sizes, list rules.")
        {
            corpus, seed, generated, noBaseline,
        };
        command.SetAction((parse, _) => Task.FromResult(Run(parse.GetValue(corpus)!, parse.InvocationConfiguration.Output, parse.GetValue(seed), parse.GetValue(generated), !parse.GetValue(noBaseline))));
        return command;
    }

    public static int Run(string corpus, TextWriter output, int seed, int generated, bool baseline = true)
    {
        var watch = Stopwatch.StartNew();
        var (articles, idByKey) = CorpusDocuments.Read(corpus);
        output.WriteLine($"read and cleaned {articles.Count} articles in {watch.Elapsed.TotalSeconds:0.0} s");

        watch.Restart();
        var index = RelatedIndex.Build(articles);
        var rebuild = watch.Elapsed;
        output.WriteLine($"related index for the whole corpus in {rebuild.TotalSeconds:0.0} s ({Environment.ProcessorCount} cores, shared: timings are noisy)");

        watch.Restart();
        var labels = TwinLabels.Label(articles, seed);
        output.WriteLine($"labelled {labels.Pairs.Count} same-story pairs in {watch.Elapsed.TotalSeconds:0.0} s");

        var byId = articles.ToDictionary(a => a.Id);
        var reworded = RewordedPairs.Of(labels, byId);
        var natural = RewordedPairs.Found(reworded, index);

        watch.Restart();
        var mltShare = double.NaN;
        if (baseline)
        {
            using var mlt = new MoreLikeThisBaseline(articles.Select(a => (a.Id, a.Title + "\n" + a.Body)));
            mltShare = RewordedPairs.FoundByMoreLikeThis(reworded, mlt, id => index.Facts(id)?.TextKey ?? id);
            output.WriteLine($"MoreLikeThis on {reworded.Count * 2} queries in {watch.Elapsed.TotalSeconds:0.0} s");
        }

        var generatedResult = GeneratedStories.Check(index, articles, new Random(seed), generated);
        var precision = StoryPrecision.Of(index, labels, generatedResult);
        var lists = ListRuleFigures.Check(index, articles);
        var (templatePairs, unmatched) = TemplatePairs.Load(idByKey);
        var templates = TemplatePairs.Score(index, templatePairs, unmatched);

        var report = new StoriesReport(reworded.Count, natural.Share, mltShare, generatedResult, precision, templates, StorySizes.Of(index, articles), lists, rebuild);
        report.WriteTo(output);
        StoriesReport.WriteMisses(output, natural.Missed, byId, index, new Random(seed), 15);
        StoriesReport.WriteGeneratedFailures(output, generatedResult, byId, 10);
        StoriesReport.WriteTemplateFailures(output, templates, byId);
        StoriesReport.WriteLinks(output, index, articles, new Random(seed), 50);
        StoriesReport.WriteBiggest(output, index, articles, 40);
        StoriesReport.WriteReasons(output, index, articles, new Random(seed), 12);
        return 0;
    }
}
