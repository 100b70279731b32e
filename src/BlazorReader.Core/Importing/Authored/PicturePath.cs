using System.Text.RegularExpressions;

namespace BlazorReader.Core.Importing.Authored;

// What an imported article may name as a picture to bring in: a path relative to its own
// file (beside it on disk, or in the same zip), never one that leaves that folder. A path is
// normalized to '/'-separated segments, so "./img\a.jpg" and "img/a.jpg" are one picture.
public static partial class PicturePath
{
    // A library picture already stored, or another site's picture; both are left as written
    // (a page shows the other site's picture as a link to it, as it does in an editor's body).
    public static bool IsKept(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.StartsWith("media:", StringComparison.OrdinalIgnoreCase)
            || reference.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || reference.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
    }

    public static (string? Path, string? Error) Normalize(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var path = Uri.UnescapeDataString(reference.Trim());
        if (path.Length == 0)
        {
            return (null, "a picture has no path");
        }
        if (Scheme().IsMatch(path))
        {
            return (null, $"picture '{reference}': only a path beside the file, an http(s) address or media:ID can be named");
        }
        if (path[0] is '/' or '\\' || path.Contains('\0', StringComparison.Ordinal))
        {
            return (null, $"picture '{reference}': an absolute path is refused; name it relative to the Markdown file");
        }
        var segments = path.Split('/', '\\').Where(s => s.Length > 0 && s != ".").ToList();
        if (segments.Contains(".."))
        {
            return (null, $"picture '{reference}': a path leaving the Markdown file's folder ('..') is refused");
        }
        return segments.Count == 0 ? (null, $"picture '{reference}' names a folder, not a file") : (string.Join('/', segments), null);
    }

    // "data:", "javascript:", "file:", and a Windows drive ("C:") as well.
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();
}
