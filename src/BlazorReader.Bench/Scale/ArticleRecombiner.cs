using System.Globalization;
using System.Text.RegularExpressions;

namespace BlazorReader.Bench.Scale;

// Makes copy k's version of a corpus article: its first paragraph stays (so the stories
// papers told together are still told together that day), a share of its other paragraphs
// come from the same paper's nearby days, half the headlines take a part of another of the
// paper's headlines, and the date moves k years back. Never the article's text unchanged.
public sealed partial class ArticleRecombiner(PaperDays papers)
{
    private const double ReplaceShare = 0.35;
    private const double InsertChance = 0.15;
    private const int LengthDraws = 4;
    private const double TitleChangeChance = 0.5;

    public CorpusRecord Recombine(CorpusRecord lead, int copy, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(copy, 1);
        return lead with
        {
            Url = ScaledUrl(lead.Url, copy),
            DateExtracted = lead.Extracted is { } at ? at.AddYears(-copy).ToString(CorpusRecord.DateFormat, CultureInfo.InvariantCulture) : lead.DateExtracted,
            Title = Headline(lead, random),
            // An article with no text stays without: the import fails it at every factor alike.
            Content = lead.Content.Trim().Length == 0 ? lead.Content : Body(lead, random),
        };
    }

    // The body keeps about its length, so N copies are N times the text an import cleans:
    // donor paragraphs are matched to the length they replace, an insertion is as likely as
    // a deletion, and a one-paragraph article trades its second half for another's paragraph.
    private string Body(CorpusRecord lead, Random random)
    {
        var paragraphs = lead.Paragraphs().ToList();
        var changed = false;
        for (var i = 1; i < paragraphs.Count; i++)
        {
            if (random.NextDouble() < ReplaceShare && DonorParagraph(lead, paragraphs[i].Length, random) is { } other && other != paragraphs[i])
            {
                paragraphs[i] = other;
                changed = true;
            }
        }

        var roll = random.NextDouble();
        if (roll < InsertChance && DonorParagraph(lead, paragraphs[random.Next(paragraphs.Count)].Length, random) is { } added)
        {
            paragraphs.Insert(1 + random.Next(paragraphs.Count), added);
            changed = true;
        }
        else if (roll > 1 - InsertChance && paragraphs.Count > 2)
        {
            paragraphs.RemoveAt(1 + random.Next(paragraphs.Count - 1));
            changed = true;
        }

        if (!changed && paragraphs.Count == 1 && FirstHalf(paragraphs[0]) is { } half &&
            DonorParagraph(lead, paragraphs[0].Length - half.Length, random) is { } rest)
        {
            paragraphs = [half, rest];
            changed = true;
        }

        if (!changed && DonorParagraph(lead, paragraphs[^1].Length, random) is { } appended)
        {
            paragraphs.Add(appended);
            changed = true;
        }

        // A paper that printed nothing else: its paragraph twice, as a scrape sometimes has it.
        if (!changed)
        {
            paragraphs.Add(paragraphs[^1]);
        }

        return string.Join(lead.ParagraphSeparator, paragraphs);
    }

    // The sentences before the full stop nearest the middle; null for a single sentence.
    private static string? FirstHalf(string paragraph)
    {
        var middle = paragraph.Length / 2;
        var after = paragraph.IndexOf(". ", middle, StringComparison.Ordinal);
        var before = paragraph.LastIndexOf(". ", middle, StringComparison.Ordinal);
        var cut = after < 0 ? before : before < 0 ? after : middle - before <= after - middle ? before : after;
        return cut <= 0 ? null : paragraph[..(cut + 1)];
    }

    // Of a few paragraphs drawn from the paper's nearby days, the one nearest the length wanted.
    private string? DonorParagraph(CorpusRecord lead, int length, Random random)
    {
        string? best = null;
        for (var draw = 0; draw < LengthDraws; draw++)
        {
            if (papers.PickDonor(lead, random) is not { } donor || donor.Paragraphs() is not { Length: > 0 } paragraphs)
            {
                continue;
            }

            var paragraph = paragraphs[random.Next(paragraphs.Length)];
            if (best is null || Math.Abs(paragraph.Length - length) < Math.Abs(best.Length - length))
            {
                best = paragraph;
            }
        }

        return best;
    }

    // Headlines split at the marks papers join their parts with («..», «:», «،», « - »): one
    // part of a headline of two or more gives way to a part of another of the paper's
    // headlines; a headline of one part sometimes gains one.
    private string Headline(CorpusRecord lead, Random random)
    {
        if (lead.Title.Length == 0 || random.NextDouble() >= TitleChangeChance ||
            papers.PickDonor(lead, random) is not { Title.Length: > 0 } donor)
        {
            return lead.Title;
        }

        var donorParts = Parts(donor.Title);
        var borrowed = donorParts[random.Next(donorParts.Count)];
        var parts = HeadlineJoints().Split(lead.Title);
        if (parts.Length < 3)
        {
            return $"{lead.Title} .. {borrowed}";
        }

        // Split with a capturing group: parts at even places, joints at odd ones.
        parts[^1] = borrowed;
        return string.Concat(parts);
    }

    private static List<string> Parts(string title) =>
        [.. HeadlineJoints().Split(title).Where((_, i) => i % 2 == 0).Select(p => p.Trim()).Where(p => p.Length > 0).DefaultIfEmpty(title)];

    // Copy k's address: the paper's own site, one path segment in front naming the copy, so
    // addresses never meet across copies or with the corpus's.
    public static string ScaledUrl(string url, int copy)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return url.Length == 0 ? url : $"{url}#copy{copy}";
        }

        var path = url.IndexOf('/', scheme + 3);
        return path < 0 ? $"{url}/copy{copy}" : url.Insert(path, $"/copy{copy}");
    }

    [GeneratedRegex(@"(\s*(?:\.\.+|:|،|\s[-–]\s|\|)\s*)")]
    private static partial Regex HeadlineJoints();
}
