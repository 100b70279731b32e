using System.Globalization;
using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Cleaning;

// What a learned second opinion sees of a line the rules kept: its shape (length, stops,
// digits, Latin, separators, closed-class words), how much it shares with the rest of the
// story, where it sits and what its neighbours look like, and its words hashed into buckets.
// Shapes generalise across sites; the words let chrome's vocabulary («مشاركة», «تطبيق»,
// «اشترك») weigh in whatever a page's wording around them. Hashes are stable (FNV-1a), for
// the weights are trained in one process and read in another.
public static class ChromeLineFeatures
{
    public const int Shape = 64;
    private const int WordBuckets = 4096;
    private const int EdgeBuckets = 1024;
    public const int Count = Shape + WordBuckets + 2 * EdgeBuckets;

    // Every kept line's features; `lines` holds null for a tweet (a card, never judged).
    public static IReadOnlyList<(int Index, float Value)[]?> OfArticle(string title, IReadOnlyList<string?> lines) => OfArticle(title, lines, _ => true);

    // The features of the lines `wanted` asks for (every line is still read for the page's and the
    // story's figures): a line's own features are the dearest part, and most lines are never judged.
    public static IReadOnlyList<(int Index, float Value)[]?> OfArticle(string title, IReadOnlyList<string?> lines, Func<int, bool> wanted)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(wanted);
        var facts = lines.Select(l => l is null ? null : new LineFacts(l)).ToList();
        var story = new StoryWords();
        story.Add(StoryWords.Of(title ?? ""));
        foreach (var f in facts.Where(f => f is not null))
        {
            story.Add(f!.Stems);
        }
        var titleWords = new StoryWords();
        titleWords.Add(StoryWords.Of(title ?? ""));
        var counts = new RunningCounts(facts);
        var page = new PageRepeats(facts);
        var result = new (int, float)[]?[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (facts[i] is { } f && wanted(i))
            {
                result[i] = Features(facts, counts, page, i, story.ShareWithout(f.Stems), titleWords.Share(f.Stems));
            }
        }
        return result;
    }

    private static (int, float)[] Features(List<LineFacts?> facts, RunningCounts counts, PageRepeats page, int at, double share, double titleShare)
    {
        var f = facts[at]!;
        var n = facts.Count;
        var x = new List<(int, float)>(48 + f.Words.Length * 2);
        void Set(int index, double value)
        {
            if (value != 0)
            {
                x.Add((index, (float)value));
            }
        }
        Set(0, Math.Min(f.Length, 400) / 400.0);
        Set(1, Math.Log(1 + f.Length) / 6);
        Set(2 + WordBucket(f.WordCount), 1);
        Set(10, f.EndsSentence ? 1 : 0);
        Set(11, f.Last == ':' ? 1 : 0);
        Set(12, f.Last is '»' or '"' or ')' ? 1 : 0);
        Set(13, f.Latin);
        Set(14, f.Digits);
        Set(15, f.Digits > 0 ? 1 : 0);
        Set(16, Math.Min(1, f.Separators / Math.Max(1.0, f.WordCount)));
        Set(17, f.Url ? 1 : 0);
        Set(18, f.Text.Contains('@') ? 1 : 0);
        Set(19, f.Text.Contains('#') ? 1 : 0);
        Set(20, f.Function);
        Set(21, f.Function == 0 ? 1 : 0);
        Set(22, f.Continues ? 1 : 0);
        Set(23, f.NewsVerb ? 1 : 0);
        Set(24, f.Text.Contains('«') || f.Text.Contains('"') ? 1 : 0);
        Set(25, f.Text.Contains('(') ? 1 : 0);
        Set(26, f.Symbol ? 1 : 0);
        Set(27, f.Text.IndexOf(':', StringComparison.Ordinal) is > 0 and < 25 ? 1 : 0);
        Set(28, Math.Min(share, 3) / 3);
        Set(29, share == 0 ? 1 : 0);
        Set(30, Math.Min(titleShare, 3) / 3);
        Set(31, at == 0 ? 1 : 0);
        Set(32, at == n - 1 ? 1 : 0);
        Set(33, n > 1 ? at / (n - 1.0) : 0);
        Set(34, 1.0 / (1 + at));
        Set(35, 1.0 / (n - at));
        Set(36, n <= 2 ? 1 : 0);
        Neighbour(x, 37, at > 0 ? facts[at - 1] : null, at > 0);
        Neighbour(x, 42, at + 1 < n ? facts[at + 1] : null, at + 1 < n);
        Set(47, Math.Min(ShortRun(facts, at), 6) / 6.0);
        Set(48, f.Arabic == 0 ? 1 : 0);
        Set(49, f.Text.Contains('،') ? 1 : 0);
        Set(50, Math.Min(f.MeanWord, 12) / 12);
        Set(51, f.Bullet ? 1 : 0);
        Set(52, f.Words.Length <= 3 && !f.EndsSentence ? 1 : 0);
        Set(53, f.Text.Contains('|') ? 1 : 0);
        Set(54, Math.Min(f.Function * f.Words.Length, 8) / 8.0);
        Set(55, f.Length >= 120 && f.EndsSentence && f.Function > 0.1 ? 1 : 0);
        Set(56, f.Words.Length > 0 && f.Words[0].Length > 0 && char.IsDigit(f.Words[0][0]) ? 1 : 0);
        Set(57, Math.Min(counts.ShortAbove[at], 6) / 6.0);
        Set(58, Math.Min(counts.LongAbove[at], 6) / 6.0);
        Set(59, Math.Min(counts.LongAbove[n] - counts.LongAbove[at + 1], 6) / 6.0);
        // A page's template repeats (a paper's name on every card, «مشاركة» on every bar); a
        // story's sentences do not open or close alike.
        if (f.Words.Length > 0)
        {
            Set(60, Math.Min(page.First.GetValueOrDefault(f.Words[0]) - 1, 3) / 3.0);
            Set(61, Math.Min(page.Last.GetValueOrDefault(f.Words[^1]) - 1, 3) / 3.0);
            Set(62, f.Words.Count(w => page.InShortLines.GetValueOrDefault(w) >= (f.Length < 60 ? 3 : 2)) / (double)f.Words.Length);
        }
        Set(63, f.Stamp ? 1 : 0);
        var weight = 1 / Math.Sqrt(f.Words.Length);
        foreach (var w in f.Words)
        {
            Set(Shape + (int)(Hash(w) % WordBuckets), weight);
        }
        if (f.Words.Length > 0)
        {
            Set(Shape + WordBuckets + (int)(Hash(f.Words[0]) % EdgeBuckets), 1);
            Set(Shape + WordBuckets + EdgeBuckets + (int)(Hash(f.Words[^1]) % EdgeBuckets), 1);
        }
        // A word twice, or two words in one bucket, add up as one feature.
        x.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        var merged = new List<(int, float)>(x.Count);
        foreach (var p in x)
        {
            if (merged.Count > 0 && merged[^1].Item1 == p.Item1)
            {
                merged[^1] = (p.Item1, merged[^1].Item2 + p.Item2);
            }
            else
            {
                merged.Add(p);
            }
        }
        return [.. merged];
    }

    private static void Neighbour(List<(int, float)> x, int from, LineFacts? f, bool exists)
    {
        if (!exists)
        {
            x.Add((from, 1));
            return;
        }
        if (f is null)
        {
            x.Add((from + 1, 1)); // a tweet
            return;
        }
        x.Add((from + 2, (float)(Math.Log(1 + f.Length) / 6)));
        if (f.EndsSentence)
        {
            x.Add((from + 3, 1));
        }
        if (f.Function > 0)
        {
            x.Add((from + 4, (float)f.Function));
        }
    }

    private static int WordBucket(int words) => words switch
    {
        <= 1 => 0,
        2 => 1,
        3 => 2,
        <= 6 => 3,
        <= 12 => 4,
        <= 25 => 5,
        <= 50 => 6,
        _ => 7,
    };

    // Short lines come in runs on a page (menus, tags, share bars); a story's are rarer.
    private static int ShortRun(List<LineFacts?> facts, int at)
    {
        var from = at;
        var to = at;
        while (from > 0 && facts[from - 1] is { Length: < 60 })
        {
            from--;
        }
        while (to + 1 < facts.Count && facts[to + 1] is { Length: < 60 })
        {
            to++;
        }
        return facts[at]!.Length < 60 ? to - from + 1 : 0;
    }

    // How often each word opens and closes a line of the page, and in how many short lines it stands.
    private sealed class PageRepeats
    {
        public PageRepeats(List<LineFacts?> facts)
        {
            foreach (var f in facts)
            {
                if (f is null || f.WordCount == 0)
                {
                    continue;
                }
                First[f.FirstWord!] = First.GetValueOrDefault(f.FirstWord!) + 1;
                Last[f.LastWord!] = Last.GetValueOrDefault(f.LastWord!) + 1;
                if (f.Length < 60)
                {
                    foreach (var w in f.Words.Distinct())
                    {
                        InShortLines[w] = InShortLines.GetValueOrDefault(w) + 1;
                    }
                }
            }
        }

        public Dictionary<string, int> First { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> Last { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> InShortLines { get; } = new(StringComparer.Ordinal);
    }

    // How many short and long lines stand above each line (index n: in all).
    private sealed class RunningCounts
    {
        public RunningCounts(List<LineFacts?> facts)
        {
            ShortAbove = new int[facts.Count + 1];
            LongAbove = new int[facts.Count + 1];
            for (var i = 0; i < facts.Count; i++)
            {
                ShortAbove[i + 1] = ShortAbove[i] + (facts[i] is { Length: < 60 } ? 1 : 0);
                LongAbove[i + 1] = LongAbove[i] + (facts[i] is { Length: >= 120 } ? 1 : 0);
            }
        }

        public int[] ShortAbove { get; }
        public int[] LongAbove { get; }
    }

    private static uint Hash(string word)
    {
        var h = 2166136261u;
        foreach (var c in word)
        {
            h = (h ^ c) * 16777619u;
        }
        return h;
    }

    // One line measured once, and what only its own features need measured when they are asked
    // for: every line is read for the page's figures, few are judged.
    private sealed class LineFacts
    {
        private const int ShortLine = 60;
        private string[]? words;
        private CharCounts? chars;

        public LineFacts(string text)
        {
            Text = text.Trim();
            Length = Text.Length;
            Last = Length > 0 ? Text[^1] : ' ';
            EndsSentence = Last is '.' or '!' or '?' or '؟' or '…';
            var list = Length < ShortLine ? new List<string>() : null;
            WordCount = Scan(Text, list, out var function, out var first, out var last);
            words = list is null ? null : [.. list];
            FirstWord = first;
            LastWord = last;
            Stems = StoryWords.Of(Text);
            Function = WordCount > 0 ? function / (double)WordCount : 0;
        }

        public string Text { get; }
        public int Length { get; }
        public char Last { get; }
        public bool EndsSentence { get; }
        public int WordCount { get; }
        public string? FirstWord { get; }
        public string? LastWord { get; }
        public int[] Stems { get; }
        public double Function { get; }
        public string[] Words => words ??= Folded(Text);
        public double Latin => Chars.Letters > 0 ? Chars.Latin / (double)Chars.Letters : 0;
        public int Arabic => Chars.Arabic;
        public double Digits => Length > 0 ? Chars.Digits / (double)Length : 0;
        public int Separators => Chars.Separators;
        public bool Symbol => Chars.Symbol;
        public bool Continues => Length > 0 && ParagraphOpening.Continues(Text);
        public bool NewsVerb => Length > 0 && ParagraphOpening.OpensWithNewsVerb(Text);
        public bool Url => Text.Contains("http", StringComparison.OrdinalIgnoreCase) || Text.Contains("www.", StringComparison.OrdinalIgnoreCase)
            || Text.Contains(".com", StringComparison.OrdinalIgnoreCase);
        public bool Bullet => Length > 0 && Text[0] is '-' or '•' or '*' or '–' or '—' or '▪' or '►' or '◄' or '>';
        public double MeanWord => WordCount > 0 ? Words.Average(w => w.Length) : 0;
        public bool Stamp => Length > 0 && StampLine.Is(Text);

        private CharCounts Chars => chars ??= new CharCounts(Text);

        private static string[] Folded(string text)
        {
            var list = new List<string>();
            Scan(text, list, out _, out _, out _);
            return [.. list];
        }

        // Words folded as search folds them, digits as 0, a leading article or conjunction off:
        // how many, how many are grammar words, the first and the last, and all of them if a
        // list is given. Folded into one buffer, a string made only of what is kept.
        private static int Scan(string text, List<string>? words, out int function, out string? first, out string? last)
        {
            var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
            int length = 0, start = 0, count = 0, functions = 0, lastFrom = 0, lastTo = 0;
            first = null;
            for (var i = 0; i <= text.Length; i++)
            {
                var folded = i < text.Length ? ArabicNormalizer.Fold(text[i]) : ' ';
                if (folded == '\0')
                {
                    continue;
                }
                if (char.IsLetterOrDigit(folded))
                {
                    buffer[length++] = char.IsDigit(folded) ? '0' : folded;
                    continue;
                }
                if (length > start)
                {
                    var word = buffer[start..length];
                    functions += FunctionWords.IsOne(word) ? 1 : 0;
                    var from = start + StrippedPrefix(word);
                    count++;
                    first ??= new string(buffer[from..length]);
                    words?.Add(count == 1 ? first : new string(buffer[from..length]));
                    (lastFrom, lastTo) = (from, length);
                }
                start = length;
            }
            function = functions;
            last = count switch
            {
                0 => null,
                1 => first,
                _ => words is { } all ? all[^1] : new string(buffer[lastFrom..lastTo]),
            };
            return count;
        }

        private static int StrippedPrefix(ReadOnlySpan<char> word)
        {
            foreach (var prefix in Prefixes)
            {
                if (word.StartsWith(prefix, StringComparison.Ordinal) && word.Length - prefix.Length >= 3)
                {
                    return prefix.Length;
                }
            }
            return 0;
        }

        private static readonly string[] Prefixes = ["وال", "بال", "فال", "كال", "لل", "ال"];
    }

    // Letters by script, digits, separators and symbols: only a judged line's features read them.
    private sealed class CharCounts
    {
        public CharCounts(string text)
        {
            foreach (var c in text)
            {
                if (char.IsDigit(c))
                {
                    Digits++;
                }
                else if (c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z'))
                {
                    Latin++;
                    Letters++;
                }
                else if (c is >= '\u0621' and <= '\u064A')
                {
                    Arabic++;
                    Letters++;
                }
                else if (c is '|' or '•' or '·' or '»' or '›' or '/' or '\\' or '—' or '–' or '-' or '~' or '*' or '>' or '<' or '▪' or '►' or '◄')
                {
                    Separators++;
                }
                else if (char.GetUnicodeCategory(c) is UnicodeCategory.OtherSymbol or UnicodeCategory.Surrogate)
                {
                    Symbol = true;
                }
            }
        }

        public int Latin { get; }
        public int Arabic { get; }
        public int Letters { get; }
        public int Digits { get; }
        public int Separators { get; }
        public bool Symbol { get; }
    }
}
