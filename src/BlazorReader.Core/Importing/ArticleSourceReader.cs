using System.IO.Compression;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing.Authored;

namespace BlazorReader.Core.Importing;

// Turns paths (files or folders) into raw articles, lazily, so a large corpus streams.
// Every problem becomes a failed item naming the file and position; nothing throws.
public static class ArticleSourceReader
{
    public static IEnumerable<ImportItem> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => !IsPicture(f)).Order(StringComparer.Ordinal).SelectMany(ReadFile);
        }
        return ReadFile(path);
    }

    private static IEnumerable<ImportItem> ReadFile(string file)
    {
        if (!File.Exists(file))
        {
            return [ImportItem.Failed(file, "file not found")];
        }
        if (Extension(file) == ".zip")
        {
            return ReadZip(file);
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (IOException e)
        {
            return [ImportItem.Failed(file, "cannot be read: " + e.Message)];
        }
        catch (UnauthorizedAccessException)
        {
            return [ImportItem.Failed(file, "cannot be read: permission denied")];
        }
        return ReadBytes(bytes, file, Extension(file), () => PictureFiles.Beside(file));
    }

    private static IEnumerable<ImportItem> ReadZip(string file)
    {
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(file);
        }
        catch (InvalidDataException)
        {
            return [ImportItem.Failed(file, "not a valid zip file")];
        }
        return ReadEntries(zip, file);
    }

    private static IEnumerable<ImportItem> ReadEntries(ZipArchive zip, string file)
    {
        using (zip)
        {
            foreach (var entry in zip.Entries.Where(e => e.Length > 0 && !IsPicture(e.FullName)).OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                var origin = $"{file}!{entry.FullName}";
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                foreach (var item in ReadBytes(buffer.ToArray(), origin, Extension(entry.FullName), () => PictureFiles.InZip(zip, entry.FullName)))
                {
                    yield return item;
                }
            }
        }
    }

    // pictures: where a Markdown article's relative picture paths are read from.
    private static IEnumerable<ImportItem> ReadBytes(byte[] bytes, string origin, string extension, Func<Func<string, PictureFile>> pictures)
    {
        if (extension == ".json")
        {
            return JsonArticleReader.ReadArray(new MemoryStream(bytes), origin);
        }
        var decoded = RawTextDecoder.Decode(bytes);
        if (decoded.Text is not { } text)
        {
            return [ImportItem.Failed(origin, decoded.Error!)];
        }
        return extension switch
        {
            ".jsonl" or ".ndjson" => JsonArticleReader.ReadLines(new StringReader(text), origin),
            ".html" or ".htm" => [HtmlArticleReader.Read(text, origin)],
            ".md" or ".markdown" => [MarkdownArticleReader.Read(text, origin, pictures())],
            ".txt" or "" => [ImportItem.Ok(origin, new RawArticle(text, Origin: origin))],
            _ => [ImportItem.Failed(origin, $"'{extension}' files are not articles (use .txt, .md, .json, .jsonl, .zip or .html)")],
        };
    }

    // In a folder or a zip, pictures are what Markdown articles name, not articles of their own.
    public static bool IsPicture(string path) => Extension(path) is ".jpg" or ".jpeg" or ".png" or ".webp" or ".gif";

    private static string Extension(string path) => Path.GetExtension(path).ToLowerInvariant();
}
