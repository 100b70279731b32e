using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;

namespace BlazorReader.Web.Tests.Rendering;

// The shared corpus beside the repository, when it is there; tests sample it to stay fast.
internal static class CorpusSample
{
    public static IReadOnlyList<RawArticle> Take(int count, int seed)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BlazorReader.sln")))
        {
            dir = dir.Parent;
        }
        var folder = dir is null ? null : Path.Combine(dir.FullName, "..", "shared", "corpus", "saudinewsnet");
        Assert.SkipWhen(folder is null || !Directory.Exists(folder), "The corpus is absent (../shared/corpus/saudinewsnet beside the repository): nothing to sample.");
        var day = Directory.GetFiles(folder!, "*.zip").Order(StringComparer.Ordinal).ElementAt(seed % 18);
        var rnd = new Random(seed);
        return [.. ArticleSourceReader.Read(day).Where(i => i.Article is not null).Select(i => i.Article!).OrderBy(_ => rnd.Next()).Take(count)];
    }
}
