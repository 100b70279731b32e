using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// Marks copied glued to the story's own lines, taken off and the lines kept: a thread's
// numbers, a chat message's time and ticks, a printed page's jump to its continuation. After
// the tweets are rebuilt: a post's own «١/٣» is its text, and stays in its card.
internal sealed partial class GluedMarks : ICleaningStep
{
    private const int MinPosts = 3;

    public void Apply(CleaningContext context)
    {
        TakeThreadNumbers(context);
        TakeCopiedFrom(context);
        // Tabs are spaces once lines are normalised: a row parted by them is read in the raw text,
        // split only when a tab is there at all.
        var raw = context.Raw.Text.Contains('\t', StringComparison.Ordinal) ? RawLines.Of(context.Raw.Text) : null;
        foreach (var line in context.Lines.Where(l => l.Tweet is null).ToList())
        {
            // The cheap tests first: every line of every article is asked.
            if (line.Text.AsSpan().IndexOfAny("✓✔☑") >= 0)
            {
                TakeEnd(context, line, ChatStamp(), "timestamp");
            }
            if (line.Text.TrimEnd() is { Length: > 0 } t && (char.IsDigit(t[^1]) || t[^1] is ')' or ']'))
            {
                TakeEnd(context, line, PageJump(), "folio");
            }
            if (line.Text.AsSpan().TrimStart() is ['(' or '[' or '⟦' or '{', ..])
            {
                TakeStart(context, line);
            }
            if (raw is not null && line.Line < raw.Length && raw[line.Line].AsSpan().Count('\t') >= 2)
            {
                TakeSheetCells(context, line, raw[line.Line], "\t");
            }
            else if (line.Text.AsSpan().IndexOfAny(";,") >= 0)
            {
                TakeSheetCells(context, line, line.Text, ";,");
            }
        }
    }

    private static void TakeEnd(CleaningContext context, SourceLine line, Regex mark, string reason)
    {
        if (mark.Match(line.Text) is { Success: true } m && m.Index > 0)
        {
            context.Removed.Add(new(m.Value.Trim(), reason, line.Line));
            line.Text = line.Text[..m.Index].TrimEnd();
        }
    }

    // A clock or a share in brackets before a paragraph: a video script's timecode («(00:01:23)
    // …»), a similarity checker's match («[مطابق 12%] …», «⟦3⟧ …»). A story numbers its points, it does
    // not open them on a clock or a percentage.
    private static void TakeStart(CleaningContext context, SourceLine line)
    {
        // A timecode with seconds or a bare index is a script's whatever follows it («(00:03:41)
        // تشاد - سيراليون»); a shorter clock or a share may open a schedule's or a poll's line.
        if (BracketedStart().Match(line.Text) is { Success: true } m && m.Groups["mark"].Value is var mark
            && (line.Text.Length - m.Length >= MinParagraph || (Timecode().IsMatch(mark) || mark.All(char.IsDigit)) && line.Text.AsSpan(m.Length).ContainsAnyInRange('\u0621', '\u064A')))
        {
            context.Removed.Add(new(m.Value.Trim(), mark.Contains('%') || mark.Contains('٪') || mark.All(char.IsDigit) ? "counter" : "timestamp", line.Line));
            line.Text = line.Text[m.Length..].TrimStart();
        }
    }

    private const int MinParagraph = 40;

    // A spreadsheet's row exported with the story in one cell: «145,2015-07-31,محليات,"نص …",مسودة».
    // The other cells are short, one at least is a number or a date, which no clause parted by
    // commas is («قال فلان, وزير الخارجية, إن …»), and one a word or a date (a race's time
    // «… بزمن 1,14,1.» is no row).
    private static void TakeSheetCells(CleaningContext context, SourceLine line, string row, string marks)
    {
        foreach (var mark in marks)
        {
            // Three cells need two marks: most lines with a comma have one, and are not parsed.
            if (row.AsSpan().Count(mark) < 2)
            {
                continue;
            }
            var cells = Cells(row, mark).ConvertAll(LineSplitter.Normalize);
            if (cells.Count < 3)
            {
                continue;
            }
            var prose = cells.FindAll(c => Words(c) >= 5);
            var others = cells.Where(c => Words(c) < 5).ToList();
            // The row as the line still reads it, its other cells on it: an earlier step that read
            // the line again (a menu's type letter and columns taken off) is not undone.
            if (prose.Count == 1 && others.TrueForAll(c => c.Length <= 30 && Words(c) <= 3) && others.Exists(c => c.Length > 0 && SheetValue().IsMatch(c))
                && others.Exists(c => c.Any(char.IsLetter) || c.AsSpan().IndexOfAny('/', '-') > 0) && others.TrueForAll(c => line.Text.Contains(c, StringComparison.Ordinal)))
            {
                context.Removed.Add(new(string.Join(" · ", others.Where(c => c.Length > 0)), "markup", line.Line));
                line.Text = prose[0];
                return;
            }
        }
    }

    private static int Words(string cell) => cell.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // Cells parted by the mark, a quoted cell whole with its doubled quotes undone.
    private static List<string> Cells(string row, char mark)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < row.Length; i++)
        {
            var c = row[i];
            if (c == '"' && (quoted || IsBlank(cell)))
            {
                if (quoted && i + 1 < row.Length && row[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else
                {
                    quoted = !quoted;
                }
            }
            else if (c == mark && !quoted && !GroupsThousands(row, i))
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }
        cells.Add(cell.ToString().Trim());
        return quoted ? [] : cells;
    }

    private static bool IsBlank(System.Text.StringBuilder cell)
    {
        foreach (var chunk in cell.GetChunks())
        {
            if (!chunk.Span.IsWhiteSpace())
            {
                return false;
            }
        }
        return true;
    }

    // «1,176,352»: a comma between a digit and three more groups a number.
    private static bool GroupsThousands(string row, int at) =>
        row[at] == ',' && at > 0 && char.IsDigit(row[at - 1]) && at + 3 < row.Length
        && char.IsDigit(row[at + 1]) && char.IsDigit(row[at + 2]) && char.IsDigit(row[at + 3]) && (at + 4 == row.Length || !char.IsDigit(row[at + 4]));

    // A row's number, a date or a clock: «145», «2015-07-31», «٣١/٧/٢٠١٥».
    [GeneratedRegex(@"^[#№]?[\d٠-٩]+([\-/.:][\d٠-٩]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SheetValue();

    [GeneratedRegex(@"[\d٠-٩]{1,2}:[\d٠-٩]{2}:[\d٠-٩]{2}", RegexOptions.CultureInvariant)]
    private static partial Regex Timecode();

    // A bare number in square brackets is a checker's source index: a story numbers its points
    // «1-», «(1)» or «1.», not «[1]».
    [GeneratedRegex(@"^\s*[(\[⟦{]\s*(?<mark>[^()\[\]⟦⟧{}]{0,12}?([\d٠-٩]{1,2}:[\d٠-٩]{2}(:[\d٠-٩]{2})?|[\d٠-٩]{1,3}\s*[%٪])[^()\[\]⟦⟧{}]{0,12})\s*[)\]⟧}]\s*[-–—:|]?\s*|^\s*[\[⟦]\s*(?<mark>[\d٠-٩]{1,2})\s*[\]⟧]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedStart();

    // A copy script's line glued after the sentence it copied: «… بهدف. تابع القراءة: URL ©»,
    // «… Read more at: URL», «… - المصدر : URL»: a few words and a colon before a bare address,
    // after a sentence's end (the story names a link inside its sentence, «للتسجيل عبر …»). A
    // story may close a sentence with its own link so too («… للمزيد من المعلومات: www.…»): the
    // script's line is told by its address, the page's own site, or by coming back after
    // another chunk (glued or on a line of its own).
    private static void TakeCopiedFrom(CleaningContext context)
    {
        var linked = context.Lines.Where(l => l.Tweet is null && (l.Text.Contains("://", StringComparison.Ordinal) || l.Text.Contains("www.", StringComparison.Ordinal))).ToList();
        // Set apart by an ellipsis between spaces, the line is the script's whatever the words
        // before it end on (a verse, «إلى الملتقى..»): a story ends its sentence before its own
        // link, it does not trail off into it.
        foreach (var line in linked)
        {
            if (SetApartCopy().Match(line.Text) is { Success: true, Index: > 0 } apart)
            {
                context.Removed.Add(new(apart.Value.Trim(), "more-link", line.Line));
                line.Text = line.Text[..apart.Index].TrimEnd();
            }
        }
        var glued = linked.Select(l => (Line: l, Match: CopiedFrom().Match(l.Text))).Where(x => x.Match.Success && x.Match.Index > 0).ToList();
        if (glued.Count == 0)
        {
            return;
        }
        var site = Host(context.Raw.SourceUrl);
        var keys = context.Lines.Select(l => CopyKey(l.Text)).Concat(glued.Select(x => CopyKey(x.Match.Value))).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        foreach (var (line, m) in glued)
        {
            var address = UrlIn().Match(m.Value).Value;
            if (keys[CopyKey(m.Value)] >= 2 || site.Length > 0 && Host(address) == site)
            {
                context.Removed.Add(new(m.Value.Trim(), "more-link", line.Line));
                line.Text = line.Text[..m.Index].TrimEnd();
            }
        }
    }

    private static string CopyKey(string text) => string.Concat(text.Where(char.IsLetterOrDigit));

    private static string Host(string? url)
    {
        var m = url is null ? null : HostIn().Match(url);
        return m is { Success: true } ? m.Groups["host"].Value.ToLowerInvariant() : "";
    }

    [GeneratedRegex(@"(https?://|www\.)\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlIn();

    [GeneratedRegex(@"^(?:https?://)?(?:www\.)?(?<host>[^/\s:]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HostIn();

    [GeneratedRegex(@"(?<=[.!?؟»…""])\s*[-–—|]?\s*\p{L}[^:.\d\n""»]{0,40}?\s*[:：]\s*(https?://|www\.)\S+(\s*©)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopiedFrom();

    [GeneratedRegex(@"\s+…\s*[-–—|]?\s*\p{L}[^:.…\d\n""»]{0,40}?\s*[:：⇦←⬅]\s*(https?://|www\.)\S+(\s*©)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SetApartCopy();

    // A message copied from a chat with its time and delivery ticks: «… القصد. 11:57 ص ✓✓».
    [GeneratedRegex(@"\s+[\d٠-٩]{1,2}:[\d٠-٩]{2}\s*(ص|م|صباحًا|صباحا|مساءً|مساء|am|pm)?\s*[✓✔☑]{1,2}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChatStamp();

    // A print page's jump glued to its last sentence: «… بهدف. (البقية ص ٧)», «(تتمة ص 12)», its
    // bracket closed or cut off.
    [GeneratedRegex(@"\s*[(\[]\s*(البقية|التتمة|تتمة|بقية|يتبع)\s+(في\s+)?(ص|صفحة|الصفحة)\.?\s*[\d٠-٩]{1,3}\s*[)\]]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PageJump();

    // A story posted as a numbered thread and copied with its numbers: each paragraph opens or
    // closes with its place in the thread («1/7 - …», «… (٣/٢٢)»). Three lines or more numbered
    // out of one total, each number once, are a thread's: the numbers go and the paragraphs
    // stay. A date or a score at a sentence's end is no such run.
    private static void TakeThreadNumbers(CleaningContext context)
    {
        var numbered = new List<(SourceLine Line, int Place, int Of, Match Match)>();
        foreach (var line in context.Lines.Where(l => l.Tweet is null && l.Text.Contains('/', StringComparison.Ordinal)))
        {
            var m = Opening().Match(line.Text);
            m = m.Success ? m : Closing().Match(line.Text);
            if (m.Success)
            {
                numbered.Add((line, Digits.ValueOf(m.Groups["k"].ValueSpan), Digits.ValueOf(m.Groups["n"].ValueSpan), m));
            }
        }
        foreach (var thread in numbered.GroupBy(x => x.Of).Where(g => g.Key >= MinPosts && g.Count() >= MinPosts))
        {
            var posts = thread.ToList();
            if (posts.Any(p => p.Place < 1 || p.Place > p.Of) || posts.Select(p => p.Place).Distinct().Count() < posts.Count)
            {
                continue;
            }
            foreach (var (line, _, _, m) in posts)
            {
                var rest = (line.Text[..m.Index] + line.Text[(m.Index + m.Length)..]).Trim();
                context.Removed.Add(new(m.Value.Trim(), "counter", line.Line));
                if (rest.Trim('…', '.', ' ').Length == 0)
                {
                    context.Lines.Remove(line);
                    continue;
                }
                line.Text = rest;
            }
        }
    }

    [GeneratedRegex(@"^\s*\(?(?<k>[\d٠-٩]{1,2})\s*/\s*(?<n>[\d٠-٩]{1,2})\)?\s*([-–—:|.]\s*)?(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    [GeneratedRegex(@"\s*([-–—|]\s*)?\(?(?<k>[\d٠-٩]{1,2})\s*/\s*(?<n>[\d٠-٩]{1,2})\)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Closing();
}
