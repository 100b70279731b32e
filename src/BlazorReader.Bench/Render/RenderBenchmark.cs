using System.CommandLine;
using System.Diagnostics;
using BlazorReader.Bench.Common;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Markdown;
using AngleSharp;
using BlazorReader.Web.Rendering;

namespace BlazorReader.Bench.Render;

// `bench render`: a 2,000-word article with five pictures from stored blocks to the page's
// sanitized HTML, on one thread pinned to one core, against Markdig's own ToHtml of the same
// Markdown in the same run: rendered cold (BodyHtml, once per body and renderer, and the
// editor's preview each time) and as the page reads it (BodyHtmlCache, a hit).
public static class RenderBenchmark
{
    public static Command CreateCommand()
    {
        var rounds = NumberOption.Positive("--rounds", "N", "How many timed rounds of about 100 ms of each.", 20);
        var command = new Command("render", "The body pipeline on a 2,000-word article with 5 pictures: CPU time per article on one core, against Markdig's ToHtml.")
        {
            rounds,
        };
        command.SetAction((parse, _) => Task.FromResult(Run(parse.InvocationConfiguration.Output, parse.GetValue(rounds))));
        return command;
    }

    public static int Run(TextWriter output, int rounds)
    {
        ArgumentNullException.ThrowIfNull(output);
        PinToOneCore();
        var (markdown, pictures) = RenderArticle.Create();
        var blocks = EditedBody.Read(markdown).Blocks;
        var html = BodyHtml.Render(blocks, pictures);
        output.WriteLine($"article: {RenderArticle.Words} words, {RenderArticle.PictureCount} pictures ({html.Split("<figure>").Length - 1} figures rendered), "
            + $"{markdown.Length / 1024.0:0.0} KB of Markdown, {blocks.Count} stored blocks, {html.Length / 1024.0:0.0} KB of HTML");

        var written = BodyHtml.Write(blocks, pictures, out _);
        using var cache = new BodyHtmlCache();
        var (baseline, cold, page, preview, writer, sanitizer, angle) = Interleaved(rounds,
            () => global::Markdig.Markdown.ToHtml(markdown, BodyMarkdown.Pipeline),
            () => BodyHtml.Render(blocks, pictures),
            () => cache.Render(blocks, pictures),
            () => BodyHtml.Render(EditedBody.Read(markdown).Blocks, pictures),
            () => BodyHtml.Write(blocks, pictures, out _),
            () => BodySanitizer.Sanitize(written),
            () => { using var d = Parser.ParseDocument("<!doctype html><html><body>" + written); return d.Body!.ChildNodes.ToHtml(); });
        output.WriteLine("CPU time per article over all rounds (median wall time of a round in brackets: other jobs on the cores inflate it):");
        output.WriteLine($"Markdig ToHtml (baseline):                 {baseline}");
        output.WriteLine($"cold render (stored blocks -> safe HTML):  {cold}  {cold.Cpu / baseline.Cpu:0.00}× the baseline");
        output.WriteLine($"page's render (the body cache's hit):      {page}  {page.Cpu / baseline.Cpu:0.00}× the baseline");
        output.WriteLine($"editor preview (Markdown -> safe HTML):    {preview}  {preview.Cpu / baseline.Cpu:0.00}× the baseline");
        output.WriteLine($"  the cold render's allow-list writer:     {writer}");
        output.WriteLine($"  the cold render's sanitizer pass:        {sanitizer}");
        output.WriteLine($"  AngleSharp parse + write alone:          {angle}");
        output.WriteLine($"goal: ≤ 1 ms on one core: the page's render {Met(page)}, the cold render (once per body and renderer) {Met(cold)}");
        return 0;
    }

    private static string Met(Figure figure) => figure.Cpu <= 1.0 ? "met" : "not met";

    private readonly record struct Figure(double Cpu, double Wall)
    {
        public override string ToString() => $"{Cpu * 1000,8:0.0} µs ({Wall * 1000:0} µs)";
    }

    // Milliseconds per call of each: rounds of about 100 ms each, all taking turns so that
    // a busy moment of the machine falls on all of them. CPU time is summed over all rounds (the
    // process clock ticks in 10 ms), wall time is the median round.
    private static readonly AngleSharp.Html.Parser.HtmlParser Parser = new();

    private static (Figure, Figure, Figure, Figure, Figure, Figure, Figure) Interleaved(int rounds, params Func<string>[] renders)
    {
        var calls = renders.Select(CallsIn100Ms).ToArray();
        var cpu = renders.Select(_ => new List<double>()).ToArray();
        var wall = renders.Select(_ => new List<double>()).ToArray();
        using var process = Process.GetCurrentProcess();
        for (var r = 0; r < rounds; r++)
        {
            for (var k = 0; k < renders.Length; k++)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < calls[k]; i++)
                {
                    GC.KeepAlive(renders[k]());
                }
                wall[k].Add(watch.Elapsed.TotalMilliseconds / calls[k]);
                process.Refresh();
                cpu[k].Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            }
        }
        var figures = Enumerable.Range(0, renders.Length).Select(k => new Figure(cpu[k].Sum() / (calls[k] * rounds), Median(wall[k]))).ToArray();
        return (figures[0], figures[1], figures[2], figures[3], figures[4], figures[5], figures[6]);
    }

    private static int CallsIn100Ms(Func<string> render)
    {
        var watch = Stopwatch.StartNew();
        var calls = 0;
        for (; watch.ElapsedMilliseconds < 100 || calls < 3; calls++)
        {
            GC.KeepAlive(render());
        }
        return calls;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    // "On one core": the process (and its GC) on the first CPU, where the OS allows it.
    private static void PinToOneCore()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
        {
            Process.GetCurrentProcess().ProcessorAffinity = 1;
        }
    }
}
