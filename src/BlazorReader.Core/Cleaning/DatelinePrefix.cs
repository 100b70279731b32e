using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Cleaning;

// A dateline glued before the lead, found by its shape rather than by knowing the place or
// the agency: «عمان/قنا/ …», «متابعات | الشروق - …», «عدن، 9 مايو 2015 (وام) – …», «خبّرني | …».
// The part before a mark (a dash, a bar, a colon, a slash) is a few words with none of the
// little words a sentence needs, no news verb, no conjunction going on, and it carries a
// mark of its own (a digit, brackets, quotes, another part) or, when it is one to three bare
// words before a colon or a dash, none of its words come back in the story.
internal static partial class DatelinePrefix
{
    private const int MaxPrefix = 80;
    private const int MinLead = 40;
    private const int MaxWords = 6;

    public static (string Dateline, string Lead)? Split(string lead, Func<IReadOnlySet<int>> storyWords)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(storyWords);
        // The furthest cut that still leaves a prefix shaped as a dateline takes it whole.
        for (var i = Math.Min(MaxPrefix, lead.Length - MinLead); i > 0; i--)
        {
            if (!IsCut(lead, i))
            {
                continue;
            }
            // An icon before the place («🚨 القاهرة -») dresses the line, not the dateline.
            var prefix = LineIcons.Trim(lead[..i].Trim());
            var rest = lead[(i + 1)..].Trim();
            // The short prefix is weighed before the long rest is read for function words.
            // A date with marks of its own before the cut is no aside's opening («عمان - أ ف ب ،٢٠١٥-٠٧-٢٣ —
            // أصبحت عصي السيلفي - …»): the dash after the lead's first words is the lead's.
            if (OpensWell(prefix) && rest.Length >= MinLead && !char.IsDigit(rest[0]) && (!AsideGoesOn(lead[i], rest) || prefix.Any(char.IsDigit) && prefix.AsSpan().IndexOfAny(MarkValues) >= 0)
                && IsDateline(prefix, lead[i], storyWords) && FunctionWords.Count(rest) > 0)
            {
                return (prefix.TrimEnd('-', '–', '—', 'ـ', '|', ':', '/', ' '), rest);
            }
        }
        return null;
    }

    // A place and a source before a short line: «العين/ وام/ …», «القدس المحتلة (القدس) - …».
    // The pair's shape is the evidence, with a known place or source in it; a path of
    // sections («الرئيسية / أخبار / …») names neither. The date may open it, set off by a bar
    // or a spaced dash («الاثنين 10 آب 2015 | الرياض (د ب أ) – …»): the shorter than
    // maxLength is asked of the line after the date.
    public static (string Dateline, string Line)? SplitShort(string line, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(line);
        var front = DatedFront().Match(line) is { Success: true } d && CardDate.Parse(d.Groups["date"].Value) is not null ? d.Value : "";
        var after = line[front.Length..];
        if (after.Length >= maxLength || (SlashPair().Match(after) is { Success: true } m ? m : BracketedSource().Match(after)) is not { Success: true } found)
        {
            return null;
        }
        var place = found.Groups["place"].Value.Trim();
        var source = found.Groups["source"].Value.Trim();
        var rest = found.Groups["rest"].Value.Trim();
        var known = PlaceNames.Named(place.Split(' ')[0]) || NewsSources.IsSource(source);
        return known && rest.Any(char.IsLetter) && FunctionWords.Count(place) == 0
            ? ($"{front}{place}/ {source}", rest)
            : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<date>[^|]{6,40}?)\s*(?:\||\s[-–—])\s*", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DatedFront();

    // A dateline set off by dashes before a short line of the story's own (a kicker, a
    // subtitle): «رويترز– جدة – كريري عاد للرياض», «الكويت في 25 يوليو 2015 - جماهير الهلال».
    // Before the dash, a known source and a known place, or a known place and a date, with no
    // little word but the date's «في»; after it, two words or more that are nobody's name.
    public static (string Dateline, string Line)? SplitKnown(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        for (var i = 2; i < Math.Min(line.Length - 1, MaxKnownPrefix); i++)
        {
            if (line[i] is not ('-' or '–' or '—' or 'ـ' or '|') || !IsCut(line, i))
            {
                continue;
            }
            var prefix = line[..i].Trim().TrimEnd('-', '–', '—', 'ـ', '|', ' ');
            var rest = line[(i + 1)..].Trim();
            if (rest.Split(Spaces, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Count(char.IsLetter) >= 2) < 2 || PersonNames.IsName(rest)
                || FunctionWords.Count(prefix) > Occurrences(prefix, "في"))
            {
                continue;
            }
            var parts = prefix.Split(['-', '–', '—', 'ـ', '|', '،', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            // «الكويت في 25 يوليو 2015»: a place, then its date after «في».
            static (string Before, string After)? AtFi(string p) => p.IndexOf(" في ", StringComparison.Ordinal) is var at and >= 0 ? (p[..at], p[(at + 4)..]) : null;
            var place = parts.Any(p => PlaceNames.Named(p) || AtFi(p) is { } fi && PlaceNames.Named(fi.Before));
            var source = parts.Any(p => NewsSources.IsSource(p));
            var dated = parts.Any(p => CardDate.Parse(p) is not null || AtFi(p) is { } fi && CardDate.Parse(fi.After) is not null);
            if (place && (source || dated))
            {
                return (prefix, rest);
            }
        }
        return null;
    }

    private const int MaxKnownPrefix = 60;

    // A place (and a source) set off by bars, then the date, and the story's line running on
    // after it with no mark: «المدينة المنورة |٢٦٫٧٫٢٠١٥  جانب من الحفل», «د.ب.أ| جازان |يوليو 31،
    // 2015 لجنة …». The date is the dateline's end: the longest run of first words read as one.
    public static (string Dateline, string Line)? SplitBarredDate(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length > 600 || BarredParts().Match(line) is not { Success: true } m)
        {
            return null;
        }
        var parts = m.Groups["part"].Captures.Select(c => c.Value.Trim()).ToList();
        if (!parts.Exists(p => PlaceNames.Named(p.Split(' ')[0]) || NewsSources.IsSource(p)) || parts.Exists(p => p.Length == 0 || FunctionWords.Count(p) > 0))
        {
            return null;
        }
        // The words after the bars, where they stand in the line: the rest is cut from the line
        // itself, whatever spaces it holds. A place set off by a dash may come before the date
        // («أ ب |موسكو – ٨ آب/أغسطس ٢٠١٥ـ …»), and a tatweel may close the date.
        var after = m.Groups["after"];
        var words = Word().Matches(after.Value).ToList();
        var skip = words.Count > 2 && PlaceNames.Named(words[0].Value.TrimEnd('،', ',')) && words[1].Value is "-" or "–" or "—" or "ـ" ? 2 : 0;
        for (var n = Math.Min(6 + skip, words.Count - 1); n > skip; n--)
        {
            var date = after.Value[words[skip].Index..(words[n - 1].Index + words[n - 1].Length)].TrimEnd('ـ', '-', '–', '—');
            var rest = after.Value[(words[n - 1].Index + words[n - 1].Length)..].Trim();
            if (CardDate.Parse(date) is not null && rest.Any(char.IsLetter))
            {
                return (line[..(after.Index + words[n - 1].Index + words[n - 1].Length)].Trim(), rest);
            }
        }
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\S+", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Word();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?<part>[^|\d]{2,30})\|\s*){1,2}(?<after>[\d٠-٩\p{L}].*)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex BarredParts();

    // A dateline opens with a word, a bracketed source or a whole date («٢-٨-٢٠١٥ – باريس (د.ب.أ) –»),
    // not a list's bullet or a number.
    private static bool OpensWell(string prefix) => prefix.Length > 0 && (char.IsLetter(prefix[0]) || prefix[0] is '(' or '«' or '['
        || char.IsDigit(prefix[0]) && DateFirst().Match(prefix) is { Success: true } date && CardDate.Parse(date.Value) is not null);

    // The date a dateline may open with, up to its first spaced dash, bar or bracket.
    [System.Text.RegularExpressions.GeneratedRegex(@"^.{6,30}?(?=\s[-–—ـ|]\s|\s*[|(])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DateFirst();

    // A mark between words; not a date's or a time's «/», «-» or «:» between digits, and not
    // a tatweel stretching a word (it parts only before a space).
    private static bool IsCut(string line, int i)
    {
        var c = line[i];
        if (c is not ('-' or '–' or '—' or '|' or ':' or '/' or 'ـ'))
        {
            return false;
        }
        var before = i > 0 ? line[i - 1] : ' ';
        var after = i + 1 < line.Length ? line[i + 1] : ' ';
        if (c == 'ـ')
        {
            // «لـ» and «بـ» hold a joined letter apart from its word: no mark.
            return before == ' ' || after == ' ' && i >= 3 && char.IsLetter(line[i - 2]) && char.IsLetter(line[i - 3]);
        }
        return !(char.IsDigit(before) && char.IsDigit(after));
    }

    private static bool IsDateline(string prefix, char cut, Func<IReadOnlySet<int>> storyWords)
    {
        if (prefix.Contains(". ", StringComparison.Ordinal) || prefix.AsSpan().IndexOfAny(SentenceMarks) >= 0 || prefix[^1] == '.'
            || InsideAside(prefix, cut) || CarriesCaseEnding(prefix) || SentenceAfterSource(prefix))
        {
            return false;
        }
        var parts = prefix.Split(Marks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var words = prefix.Split(Spaces, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Count(char.IsLetter) >= 2); // an agency's initials («ق ن ع») are no words
        // Nor are the letters of an agency's name past the first word («(يو بي آي) مكة المكرمة الأربعاء ٢٢ تموز ٢٠١٥»).
        var bare = NewsSources.WithoutAgencies(prefix);
        var named = bare.Split(Spaces, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Count(char.IsLetter) >= 2);
        var digits = prefix.Any(char.IsDigit);
        // «في» before a date («جدة في 12 مايو») is the dateline's own.
        // An agency's letters are no little words («وام», «(يو بي آي)»), nor its «و» a conjunction.
        var little = FunctionWords.Count(bare) - (digits ? Occurrences(prefix, "في") : 0);
        if (parts.Length == 0 || words == 0 || named > MaxWords || little > 0 || digits && WordsAfterTheDate(prefix)
            || ParagraphOpening.Continues(parts[0]) && !NewsSources.IsSource(parts[0])
            || parts.Any(p => ParagraphOpening.OpensWithNewsVerb(p) || p.Split(' ').Length > 5 && !AllDatelineWords(p))
            || OpensWithPresentVerb(parts))
        {
            return false;
        }
        // A colon opens speech and lists as often as it closes a dateline: only after a source
        // set apart in brackets, quotes or bars. A slash only as the second of a pair («عمان/قنا/»).
        var enclosed = prefix.AsSpan().IndexOfAny(Enclosing) >= 0;
        if (cut == ':')
        {
            // A numbered point «(١)» is no source. A date, with an agency or a place or alone
            // («August 4, 2015:», «أ ب ، 4 أغسطس 2015:»), is no speaker.
            return enclosed && EnclosedWord().IsMatch(prefix) || digits && DateLines.IsDate(prefix);
        }
        if (digits || parts.Length > 1 || enclosed || cut == '|' || PlaceNames.Named(parts[0]))
        {
            return true;
        }
        var story = storyWords();
        return cut != '/' && words <= 2 && !WordKeys.Of(prefix).Any(story.Contains);
    }

    // «أبها في السبت 8 آب 2015»: a long part is a dateline's only when each of its words is a
    // place's, an agency's or a date's («اكتشف الباحثون يوم الأربعاء 29 يوليو/ تموز» is a sentence).
    private static bool AllDatelineWords(string part) =>
        part.Split(Spaces, StringSplitOptions.RemoveEmptyEntries).All(w => !w.Any(char.IsLetter) || DateLines.IsDateWord(w) || PlaceNames.Named(w) || NewsSources.IsSource(w));

    // A dateline ends with its date, or a source or a place after it: two more words there are
    // the lead's own, cut at a dash of its own («عمان - أ ف ب ،٢٠١٥-٠٧-٢٣ — أصبحت عصي السيلفي -
    // المنتشرة …»: the dateline ends before «أصبحت»).
    private static bool WordsAfterTheDate(string prefix)
    {
        var last = prefix.AsSpan().LastIndexOfAnyInRange('0', '9') is var w and >= 0 ? w : -1;
        var arabic = prefix.AsSpan().LastIndexOfAnyInRange('\u0660', '\u0669');
        var after = prefix[(Math.Max(last, arabic) + 1)..];
        var bracketed = EnclosedPart().Replace(after, " ");
        return bracketed.Split(Spaces, StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim(Marks).Trim('،', '.'))
            .Count(t => t.Count(char.IsLetter) >= 2 && MonthNames.Of(t) == 0 && !DateWords.Contains(t) && !PlaceNames.Named(t) && !NewsSources.IsSource(t)) >= 2;
    }

    // What a date or a time may carry after its digits: a month's second word, «الجاري», a time of
    // day, a time zone («بتوقيت مكة المكرمة»).
    private static readonly HashSet<string> DateWords = new(["الجاري", "الماضي", "المقبل", "الحالي", "هـ", "م", "ميلادي", "هجري", "تشرين", "كانون", "الأول", "الثاني", "الساعة", "صباحا", "صباحاً", "مساء", "مساءً", "مساءا", "ص", "GMT", "UTC", "بتوقيت", "غرينتش", "مكة", "المكرمة"], StringComparer.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"[(\[«][^)\]»]*[)\]»]", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex EnclosedPart();

    // The mark is part of the sentence, not its end: a bracket or quote opened before it and not
    // closed («هيمن فيلم “ميشن: إمبوسيبل-»), or a dash glued to the word after it that opens an
    // aside («السديري -رحمه الله-»). Measured on the corpus as it is: each cut story text. A pair
    // of spaced dashes around an aside («يغادر – بمشيئة الله تعالى –») is told from a place and
    // a site («بلدة النخيلة - بوابة الفجر -») by the sentence's grammar: OpensWithPresentVerb,
    // CarriesCaseEnding, AsideGoesOn.
    private static bool InsideAside(string prefix, char cut)
    {
        if (Unclosed(prefix, '(', ')') || Unclosed(prefix, '«', '»') || Unclosed(prefix, '“', '”') || Unclosed(prefix, '[', ']'))
        {
            return true;
        }
        for (var i = 1; i + 1 < prefix.Length; i++)
        {
            // «أ ب -القاهرة», «الأناضول -نجران»: an agency's place glued to its dash opens no aside.
            if (prefix[i] is '-' or '–' or '—' && prefix[i - 1] == ' ' && char.IsLetter(prefix[i + 1])
                && !(PlaceNames.Named(prefix[(i + 1)..].Trim()) && NewsSources.IsSource(prefix[..i].Trim())))
            {
                return true;
            }
        }
        return false;
    }

    // A dash that opens an aside, or a list of dashed words that goes on past the cut: another
    // dash within the next few words («يتقلب المواطن - من الجنسين - بين …», «يهودي - ألماني-
    // سويسري- أمريكي»). After a dateline's last mark the lead's sentence runs on.
    private static bool AsideGoesOn(char cut, string rest)
    {
        if (cut is not ('-' or '–' or '—' or 'ـ'))
        {
            return false;
        }
        var words = 0;
        for (var k = 0; k < rest.Length && words < AsideWords; k++)
        {
            var c = rest[k];
            if (c == ' ' && k > 0 && rest[k - 1] != ' ')
            {
                words++;
            }
            else if (c is '-' or '–' or '—' && !(k > 0 && char.IsDigit(rest[k - 1]) && k + 1 < rest.Length && char.IsDigit(rest[k + 1])))
            {
                return true;
            }
        }
        return false;
    }

    private const int AsideWords = 4;

    // A source set apart closes the dateline: «طرابلس- «نداء أونلاين» أصبحت عصي السيلفي -»
    // has the lead's sentence running after it, and the dash that follows opens an aside.
    private static bool SentenceAfterSource(string prefix)
    {
        var closer = prefix.AsSpan().LastIndexOfAny(Closers);
        // The mark right after the source («(أ ف ب): أصبحت …») closes it; a mark further on sets
        // the next part off.
        var after = closer >= 0 ? prefix[(closer + 1)..].TrimStart(' ', ':', '-', '–', '—', 'ـ', '|') : "";
        // ««نافذة الشمال» ـ وادي سلهم»: a place after a mark is the dateline's next part.
        // «(قنا) الدمام الخميس 6 أغسطس 2015»: a place, a weekday and a month are the dateline's words.
        return after.AsSpan().IndexOfAny(MarkValues) < 0
            && after.Split(Spaces, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter) && !DateLines.IsDateWord(w) && !PlaceNames.Named(w)) >= 3;
    }

    private static readonly System.Buffers.SearchValues<char> Closers = System.Buffers.SearchValues.Create(")]»”");

    // Tanween or a vowel ending a word («دائماً», «يَتَقَلّبُ») is a case or mood ending: the
    // grammar of a sentence, which a place, an agency or a name printed as a dateline never carries.
    private static bool CarriesCaseEnding(string prefix)
    {
        for (var k = 0; k < prefix.Length; k++)
        {
            if (prefix[k] is '\u064B' or '\u064C' or '\u064D'
                || prefix[k] is '\u064E' or '\u064F' or '\u0650' && (k + 1 == prefix.Length || !char.IsLetter(prefix[k + 1]) && prefix[k + 1] is not ('\u0651' or '\u0652')))
            {
                return true;
            }
        }
        return false;
    }

    // A present-tense verb opening the text before the first mark («يغادر – بمشيئة الله تعالى –»,
    // «يدفع الإنسان … - التعليم الفلسطيني -»): the sentence began there and the dashes set off
    // an aside. The shape (ي or ت before three or more letters, no «ال») is also a name's or a
    // place's («يوسف», «تبوك»): those known are names, and a part after it that names an agency,
    // a paper or a place makes the whole a dateline whatever the first word is.
    private static bool OpensWithPresentVerb(string[] parts)
    {
        var first = ArabicNormalizer.Normalize(parts[0].Split(Spaces, 2, StringSplitOptions.RemoveEmptyEntries)[0]);
        var stem = first.Length > 4 && first[0] == 'س' && first[1] is 'ي' or 'ت' ? first[1..] : first;
        if (stem.Length < 4 || stem[0] is not ('ي' or 'ت') || PlaceNames.Named(first) || PersonNames.IsGivenName(first))
        {
            return false;
        }
        return !parts.Skip(1).Any(p => PlaceNames.Named(p) || NewsSources.IsSource(p));
    }


    private static bool Unclosed(string text, char open, char close) => text.Count(c => c == open) > text.Count(c => c == close);

    private static int Occurrences(string text, string word) =>
        text.Split(Spaces, StringSplitOptions.RemoveEmptyEntries).Count(w => w == word);

    private static readonly System.Buffers.SearchValues<char> Enclosing = System.Buffers.SearchValues.Create("()[]«»/|");
    private static readonly System.Buffers.SearchValues<char> SentenceMarks = System.Buffers.SearchValues.Create("!?؟؛\"");
    private static readonly char[] Spaces = [' ', '\u00A0'];
    private static readonly char[] Marks = ['-', '–', '—', '|', ':', '/', 'ـ', '،', ',', '(', ')'];
    private static readonly System.Buffers.SearchValues<char> MarkValues = System.Buffers.SearchValues.Create(Marks);

    [System.Text.RegularExpressions.GeneratedRegex(@"[(\[«][^)\]»]*\p{L}", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex EnclosedWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<place>[^\s/|()\d][^/|()\d]{1,30}?)\s*/\s*(?<source>[^\s/|()\d][^/|()\d]{0,24}?)\s*/\s*(?<rest>[^\s/].*)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SlashPair();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<place>[^\s()\-–—|/\d][^()\-–—|/\d]{1,30}?)\s*\((?<source>[^()\d]{1,25})\)\s*[-–—]\s*(?<rest>\S.*)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex BracketedSource();
}
