using System.Globalization;
using System.Text;
using BlazorReader.Data.Media;

namespace BlazorReader.Bench.Render;

// The article `bench render` times: 2,000 words of the seed article's prose, as an editor
// would dress it (subheadings, bold, links, a list, a quotation, Latin names) with five
// library pictures, each alone in its paragraph with a caption, as the toolbar inserts them.
internal static class RenderArticle
{
    public const int Words = 2000;
    public const int PictureCount = 5;

    public static (string Markdown, IReadOnlyDictionary<int, MediaPicture> Pictures) Create()
    {
        var lines = SeedLines();
        var pictures = Enumerable.Range(1, PictureCount).ToDictionary(id => id,
            id => new MediaPicture(id, new string((char)('a' + id), 64), 1600, 1067, "صورة من الميدان رقم " + id.ToString(CultureInfo.InvariantCulture),
                "تعليق الصورة " + id.ToString(CultureInfo.InvariantCulture), id % 2 == 0 ? "Reuters" : "واس"));
        var sb = new StringBuilder();
        var words = 0;
        var paragraph = 0;
        var picturesPlaced = 0;
        while (words < Words)
        {
            var line = lines[paragraph % lines.Count];
            var lineWords = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words + lineWords.Length > Words)
            {
                line = string.Join(' ', lineWords.Take(Words - words));
                lineWords = line.Split(' ');
            }
            words += lineWords.Length;
            sb.Append(Dress(line, paragraph)).Append("\n\n");
            paragraph++;
            // A picture every few paragraphs, all five within the article.
            if (paragraph % 6 == 3 && picturesPlaced < PictureCount)
            {
                picturesPlaced++;
                var p = pictures[picturesPlaced];
                sb.Append("![").Append(p.Alt).Append("](media:").Append(p.Id.ToString(CultureInfo.InvariantCulture))
                    .Append(" \"").Append(p.Caption).Append("\")\n\n");
            }
        }
        if (picturesPlaced < PictureCount)
        {
            throw new InvalidOperationException("the article is too short for its pictures");
        }
        return (sb.ToString(), pictures);
    }

    // Each construct the toolbar writes appears several times over the article.
    private static string Dress(string line, int n) => (n % 7) switch
    {
        0 when n > 0 => "## " + string.Join(' ', line.Split(' ').Take(6)) + "\n\n" + line,
        1 => "**" + string.Join(' ', line.Split(' ').Take(4)) + "** " + string.Join(' ', line.Split(' ').Skip(4)),
        2 => line + " ([Reuters](https://www.reuters.com/world/))",
        4 => string.Join('\n', line.Split('،', StringSplitOptions.RemoveEmptyEntries).Select(part => "- " + part.Trim())),
        5 => "> " + line,
        6 => line + " *AFP*",
        _ => line,
    };

    private static List<string> SeedLines()
    {
        using var stream = typeof(RenderArticle).Assembly.GetManifestResourceStream("render-seed.txt")
            ?? throw new InvalidOperationException("the seed article is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n').Select(l => l.Trim()).Where(l => l.Split(' ').Length >= 8).ToList();
    }
}
