using System.IO.Compression;

namespace BlazorReader.Core.Importing.Authored;

// A picture file's bytes, or why it could not be read.
public sealed record PictureFile(byte[]? Bytes, string? Error);

// Where an article's relative picture paths are looked up: the folder of its file on disk, or
// the folder of its entry in a zip. The upload rules (type, size, pixels) are applied when the
// picture is stored; the cap here only keeps a huge file from being read into memory at all.
public static class PictureFiles
{
    public const long MaxReadBytes = 64L * 1024 * 1024;

    private const string NotFound = "not found beside the Markdown file";

    public static Func<string, PictureFile> Beside(string markdownFile)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(markdownFile))!;
        return path =>
        {
            var file = new FileInfo(Path.Combine(folder, path.Replace('/', Path.DirectorySeparatorChar)));
            if (!file.Exists)
            {
                return new(null, NotFound);
            }
            if (file.Length > MaxReadBytes)
            {
                return new(null, TooLarge);
            }
            try
            {
                return new(File.ReadAllBytes(file.FullName), null);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return new(null, "cannot be read: " + e.Message);
            }
        };
    }

    public static Func<string, PictureFile> InZip(ZipArchive zip, string entryName)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(entryName);
        var slash = entryName.Replace('\\', '/').LastIndexOf('/');
        var folder = slash < 0 ? "" : entryName[..(slash + 1)];
        return path =>
        {
            var entry = zip.GetEntry(folder + path) ?? zip.GetEntry((folder + path).Replace('/', '\\'));
            if (entry is null)
            {
                return new(null, "not found in the zip beside the Markdown file");
            }
            if (entry.Length > MaxReadBytes)
            {
                return new(null, TooLarge);
            }
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            try
            {
                stream.CopyTo(buffer);
            }
            catch (InvalidDataException e)
            {
                return new(null, "cannot be read from the zip: " + e.Message);
            }
            return new(buffer.ToArray(), null);
        };
    }

    private static string TooLarge => $"larger than {MaxReadBytes / (1024 * 1024)} MB";
}
