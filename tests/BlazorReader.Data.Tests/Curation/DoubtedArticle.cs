using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing;

namespace BlazorReader.Data.Tests.Curation;

// The customer's seed cut after its story and the first of the teasers pasted below it, with
// no footer: one line the cleaner cannot call, so it keeps it in the body and says so.
internal static class DoubtedArticle
{
    public static RawArticle Raw()
    {
        var seed = File.ReadAllLines(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds")).Single());
        return new RawArticle(string.Join("\n", seed.Take(22)), Title: "أذربيجان تستعيد قرى في قره باغ", Source: "test",
            SourceUrl: "https://example.org/doubted");
    }

    public static ImportItem Item() => ImportItem.Ok("doubted", Raw());
}
