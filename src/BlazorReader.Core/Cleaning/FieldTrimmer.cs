using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// What a newsroom system, an export or a broadcaster's page prints round a story: metadata
// fields (FieldLines) above its first paragraph or below its last, a «role: name» or «Par
// name» line above it, and a schedule below it (Listings). Between the story's paragraphs
// nothing is touched, and a text with no paragraph (a poem, a list) is left whole. A title
// field gives the article its title when the page gave none; a field that copies the story
// («description: …», «content: … [+1234 chars]») goes as a repeat.
internal sealed partial class FieldTrimmer : ICleaningStep
{
    private const int MaxRoleWords = 3;
    private const int CopyKey = 40;

    // Credits of a song, a film or a poem («ألحان: …», «إخراج: …», «شعر: …») and a letter's
    // signature name a person as a role does, and are the story's.
    private static readonly HashSet<string> WorkCredits = [.. "كلمات|الكلمات|ألحان|الحان|لحن|غناء|أداء|اداء|شعر|قصيدة|إخراج|اخراج|تمثيل|تأليف|تاليف|بطولة|سيناريو|إنتاج|انتاج|توزيع|رسالة|رسالة من|من|إلى|الى|س|ج|سؤال|جواب"
        .Split('|').Select(w => Arabic.ArabicNormalizer.Normalize(w))];

    public void Apply(CleaningContext context)
    {
        var lines = context.Lines;
        var fields = lines.Select(l => l.Tweet is null ? FieldLines.Of(l.Text) : FieldLines.Field.None).ToList();
        var paragraphs = Enumerable.Range(0, lines.Count).Where(i => ProseLine.IsParagraph(lines[i]) && fields[i] == FieldLines.Field.None).ToList();
        if (paragraphs.Count == 0)
        {
            return;
        }
        var (first, last) = (paragraphs[0], paragraphs[^1]);
        // What a copy is compared with: every line that is no field (a lead may have too few little words to count as a paragraph).
        var story = new Lazy<string>(() => string.Join('\n', Enumerable.Range(0, lines.Count).Where(i => fields[i] == FieldLines.Field.None && lines[i].Tweet is null).Select(i => Key(lines[i].Text))));
        var taken = new List<(SourceLine Line, string Reason)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i >= first && i <= last || lines[i].Tweet is not null)
            {
                continue;
            }
            var text = lines[i].Text;
            var reason = fields[i] switch
            {
                FieldLines.Field.Title => "headline",
                FieldLines.Field.Person => "byline",
                FieldLines.Field.State or FieldLines.Field.Keywords => "tags",
                FieldLines.Field.Count => "counter",
                FieldLines.Field.Date => "timestamp",
                FieldLines.Field.Link => "markup",
                FieldLines.Field.Copy => Copies(FieldLines.CopiedText(text), story) ? "repeat" : null,
                // Below the story a «role: name» signs a column («- السفير: فلان»), the writer's own line;
                // above or below it, a box's row in labels no system names is the page's.
                _ => i < first && (IsRoleAndName(text) || IsForeignByline(text)) ? "byline" : FieldLines.IsRow(text, IsWorkCredit) ? "chrome" : null,
            };
            if (reason is not null)
            {
                taken.Add((lines[i], reason));
            }
        }
        taken.AddRange(Listings(context, last).Select(l => (l, "navigation")));
        foreach (var (line, reason) in taken.DistinctBy(t => t.Line))
        {
            if (reason == "headline" && string.IsNullOrWhiteSpace(context.Raw.Title) && context.Title.Length == 0)
            {
                context.Title = FieldLines.TitleIn(line.Text) ?? "";
            }
            context.Remove(line, reason);
        }
    }

    private static bool IsWorkCredit(string label) => WorkCredits.Contains(label);

    // A field's text is the story's own when its opening words stand in one of its paragraphs.
    private static bool Copies(string? copied, Lazy<string> story)
    {
        var key = copied is null ? "" : Key(copied);
        return key.Length >= CopyKey && story.Value.Contains(key[..CopyKey], StringComparison.Ordinal);
    }

    private static string Key(string text) => string.Concat(Arabic.ArabicNormalizer.Normalize(text).Where(char.IsLetterOrDigit));

    // «Par فلان», «By فلان», «Oleh فلان» above the story: a foreign desk's byline.
    private static bool IsForeignByline(string line) =>
        ForeignBy().Match(line.Trim()) is { Success: true } m && PersonNames.IsName(m.Groups["name"].Value.Trim());

    [GeneratedRegex(@"^(par|by|oleh|von|por|di)\s+(?<name>[^\d:،,.]{4,45})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForeignBy();

    // A schedule below the story (a channel's evening, a cinema's shows): three lines or more,
    // each a short title with a clock at one end («20:30 ما وراء الخبر», «الأسد الملك — صالة 3
    // — 22:30»), and the short heading above them («يُعرض الليلة»). A story's own programme
    // is told in sentences (its items end in a stop) or stands between its paragraphs.
    private static List<SourceLine> Listings(CleaningContext context, int last)
    {
        var lines = context.Lines;
        // The page's lines below the story, those kept and those an earlier step took out (a
        // clock alone at a line's end is a stamp anywhere): a schedule counts all of them.
        var below = lines.Skip(last + 1).Select(l => (l.Line, l.Text, Kept: l.Tweet is null ? l : null))
            .Concat(context.Removed.Where(r => r.Line > lines[last].Line).Select(r => (r.Line, r.Text, Kept: (SourceLine?)null)))
            .OrderBy(x => x.Line).ToList();
        var found = new List<SourceLine>();
        var run = 0;
        for (var i = 0; i <= below.Count; i++)
        {
            if (i < below.Count && ScheduleItem(below[i].Text))
            {
                run++;
                continue;
            }
            if (run >= MinListing)
            {
                var top = i - run;
                found.AddRange(below.Skip(top).Take(run).Where(x => x.Kept is not null).Select(x => x.Kept!));
                if (top > 0 && below[top - 1].Kept is { } heading && IsHeading(heading.Text))
                {
                    found.Add(heading);
                }
            }
            run = 0;
        }
        return found;
    }

    private const int MinListing = 3;
    private const int MaxItemWords = 10;

    private static bool ScheduleItem(string line)
    {
        var t = LineIcons.Trim(line).Trim().TrimStart('-', '–', '—', '•', '*', '»', '▪', '◀', '※', '·', ' ');
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= MaxItemWords && !ProseLine.EndsLikeASentence(t) && (Clock(words[0]) || Clock(words[^1]));
    }

    private static bool Clock(string word)
    {
        var w = word.Trim('(', ')', '-', '–', '—', '|');
        var colon = w.IndexOf(':', StringComparison.Ordinal);
        return colon is 1 or 2 && w.Length == colon + 3 && w.Remove(colon, 1).All(char.IsDigit);
    }

    private static bool IsHeading(string line) =>
        line.Length <= 40 && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4 && !ProseLine.EndsLikeASentence(line.TrimEnd(':'))
        && !line.Any(char.IsDigit);

    // «المدقق: عبدالرحمن الحمدان», «Rédaction : فلان»: a short label, a colon and a person's name.
    private static bool IsRoleAndName(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }
        var label = line[..colon].Trim().TrimStart('•', '*', '-', '–', '—', '[', '(', ' ');
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxRoleWords && !label.Any(char.IsDigit) && FunctionWords.Count(label) == 0
            && !WorkCredits.Contains(Arabic.ArabicNormalizer.Normalize(label)) && PersonNames.IsName(line[(colon + 1)..].Trim().TrimEnd('.', ')', ']'));
    }
}
