using System.Text;
using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Importing;

// Turns a path (file or folder) into raw articles. Lazy, so a large corpus streams.
public static class ArticleSourceReader
{
    public static IEnumerable<ImportItem> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                foreach (var item in ReadFile(file))
                {
                    yield return item;
                }
            }
            yield break;
        }
        foreach (var item in ReadFile(path))
        {
            yield return item;
        }
    }

    private static IEnumerable<ImportItem> ReadFile(string file)
    {
        if (!File.Exists(file))
        {
            yield return ImportItem.Failed(file, "file not found");
            yield break;
        }
        var text = File.ReadAllText(file, Encoding.UTF8);
        if (string.IsNullOrWhiteSpace(text))
        {
            yield return ImportItem.Failed(file, "the file is empty");
            yield break;
        }
        yield return ImportItem.Ok(file, new RawArticle(text, Origin: file));
    }
}
