namespace BlazorReader.Web.Rendering;

// Anchors for a body's headings: Markdig's GitHub-style id (Arabic letters kept, so a link to
// «#عنوان-فرعي» reads as the heading), made unique within the body by a counter.
internal sealed class HeadingIds
{
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    public string Take(string? id)
    {
        var wanted = string.IsNullOrEmpty(id) ? "section" : id;
        var taken = wanted;
        for (var n = 1; !used.Add(taken); n++)
        {
            taken = wanted + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return taken;
    }
}
