using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Cleaning;

// Page metadata printed as «label: value» fields: a newsroom system's revision view, a news
// API's record, an export's header («الحالة: منشور | القسم: محليات», «أنشأه: فلان», «عدد
// الكلمات: ٣٤٠», «العنوان الرئيسي: …», «author: …»). A label is known by the field it names,
// one every such system has (status, section, priority, type, keywords, who wrote, edited or
// checked it, dates, counts, the title, the link), in Arabic, English, French or Malay; the
// value must fit the field (a count has digits, a person's role a short name). The story's
// own «label: value» lines (a match's details, a film's credits, an interview's «س:») name
// none of these fields.
internal static partial class FieldLines
{
    public enum Field
    {
        None,
        Title,
        Person,
        State,
        Keywords,
        Count,
        Date,
        Link,
        Copy,
    }

    private const int MaxLabelWords = 5;
    private const int MaxLabelLength = 60;
    private const int MaxShortValueWords = 6;
    private const int MaxValueWords = 40;

    private static readonly Dictionary<string, Field> Labels = Build(
        (Field.Title, "العنوان|العنوان الرئيسي|العنوان الفرعي|العنوان المختصر|العنوان البديل|عنوان الخبر|عنوان المقال|عنوان المادة|عنوان الصفحة|"
            + "عنوان محركات البحث|عنوان السيو|title|headline|seo title|meta title|page title|titre|judul|tajuk"),
        (Field.Person, "الكاتب|الكاتبة|المحرر|المحررة|المحرر المسؤول|محرر الخبر|مدير التحرير|رئيس التحرير|سكرتير التحرير|المدقق|المدقق اللغوي|"
            + "التدقيق|التدقيق اللغوي|المراجع|المراجعة اللغوية|راجعه|راجعته|أنشأه|أنشأته|انشأه|اعتمده|اعتمدته|عدله|عدلها|عدلته|حرره|حررته|"
            + "أعده|أعدته|نشره|نشرته|أدخله|بواسطة|آخر تعديل بواسطة|المستخدم|المؤلف|author|authors|byline|editor|created by|edited by|"
            + "modified by|reviewed by|approved by|updated by|posted by|auteur|rédacteur|penulis|pengarang|editor berita"),
        (Field.State, "الحالة|حالة النشر|حالة الخبر|حالة المقال|حالة المادة|الأولوية|القسم|القسم الرئيسي|القسم الفرعي|التصنيف|التصنيفات|الفئة|"
            + "النوع|نوع المحتوى|نوع المادة|نوع الخبر|اللغة|status|state|priority|section|category|categories|type|content type|language|"
            + "statut|rubrique|catégorie|kategori|bahagian|seksyen|خطأ|error|erreur|ralat"),
        (Field.Keywords, "الكلمات المفتاحية|كلمات مفتاحية|الكلمات الدلالية|الوسوم|وسوم|الهاشتاقات|keywords|tags|meta keywords|mots-clés|"
            + "mots clés|kata kunci|tag"),
        (Field.Count, "عدد الكلمات|الكلمات|عدد الأحرف|الأحرف|عدد الحروف|الحروف|وقت القراءة|مدة القراءة|زمن القراءة|المشاهدات|عدد المشاهدات|"
            + "القراءات|عدد القراءات|عدد الزيارات|الزيارات|عدد النتائج|النتائج|عدد التعليقات|word count|words|characters|reading time|views|"
            + "reads|total results|totalresults|vues|lectures|dibaca|paparan|bilangan perkataan|رقم النسخة|النسخة|المراجعة رقم|الإصدار|"
            + "revision|version|المبلغ المحقق|المبلغ المطلوب|المتبقي|تم جمع|التردد|تردد القناة|frequency|fréquence"),
        (Field.Date, "تاريخ النشر|تاريخ الخبر|تاريخ الإنشاء|تاريخ التعديل|تاريخ التحديث|آخر تعديل|آخر تحديث|نشر في|تاريخ الإضافة|"
            + "published|published at|publishedat|updated|updated at|modified|last modified|created|created at|date|publié le|mis à jour|"
            + "diterbitkan|dikemaskini|tarikh|وقت النشر|تاريخ الإعلان|تاريخ البيان|تاريخ القرار|صدر في|نشر بتاريخ|أضيف في|"
            + "تاريخ الإضافة|آخر تحديث في"),
        (Field.Link, "الرابط|رابط الخبر|الرابط المختصر|الرابط الدائم|رابط المقال|المعرف|معرف الخبر|رقم الخبر|رقم المادة|slug|url|link|"
            + "permalink|canonical|id|guid|lien|ray id|request id|reference id|رقم الطلب|معرف الطلب|error code|رمز الخطأ|رقم الإعلان|رقم البيان|"
            + "رقم القرار|رقم المرجع|رقم العدد|رقم الملف"),
        // Fields whose text is the story's own (FieldTrimmer checks it is).
        (Field.Copy, "الوصف|وصف|المحتوى|النص|النص الكامل|النص الكامل للخبر|الملخص|المقتطف|مقتطف|المقدمة|description|content|body|text|full text|"
            + "fulltext|summary|excerpt|lead|abstract|chapeau|résumé|contenu|ringkasan|kandungan"));

    private static readonly char[] LeadingMarks = ['•', '*', '-', '–', '—', '·', '▪', '►', '◄', '>', '#', '"', '\'', '«', '[', '(', '{', '【', '|', ' '];
    private static readonly char[] TrailingMarks = [',', '"', '\'', '»', ']', ')', '}', '】', ' '];
    private static readonly string[] Separators = [" | ", " · ", " • ", " - ", " – ", " — ", " ؛ ", "; "];

    // The field every part of the line names (one field, or several parted by bars), None when
    // any part is not a known field with a value that fits it.
    public static Field Of(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (OfPart(line) is var whole and not Field.None)
        {
            return whole;
        }
        // Most lines are no field and carry no separator: one part, already asked.
        if (!Separators.Any(s => line.Contains(s, StringComparison.Ordinal)))
        {
            return Field.None;
        }
        var parts = Split(line);
        var first = Field.None;
        foreach (var part in parts)
        {
            var field = OfPart(part);
            if (field == Field.None)
            {
                return Field.None;
            }
            first = first == Field.None ? field : first;
        }
        return first;
    }

    // A box's row in labels no system above names («التمويل المطلوب: ٤٢ مليون دولار | المستلم:
    // ٣١٪», «التوصية: احتفاظ | السعر المستهدف: ٢٨٫٠٥ ريال»): two parts or more to the line, each
    // a short label of a noun or two and a short value with no sentence in it. A box prints its
    // figures so, a story never; one part to a line is a story's own list as often (its prices,
    // «الخيار: 35 ريالًا للكيلو», its figures by city, its numbers to call), and stays.
    public static bool IsRow(string line, Func<string, bool> isStoryLabel)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length > MaxRowLength || !line.Contains(':') && !line.Contains('：'))
        {
            return false;
        }
        var parts = Split(line);
        if (parts.Count < 2)
        {
            return false;
        }
        foreach (var part in parts)
        {
            if (Parse(part) is not { } f || f.Label.Count(c => c == ' ') >= MaxRowLabelWords || f.Label.Any(c => char.IsDigit(c) || c is '،' or ',') || FunctionWords.Count(f.Label) > 0
                || f.Value.TrimEnd() is [.., '،' or ',']
                || isStoryLabel(f.Label) || f.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxShortValueWords
                || ProseLine.EndsLikeASentence(f.Value) && !char.IsDigit(f.Value.TrimEnd('.', ' ')[^1]) || FunctionWords.Count(f.Value) > 1 || Dialled().IsMatch(f.Value))
            {
                return false;
            }
        }
        return true;
    }

    // A number to call («٧٩٠٢٥», «800 124 4444 | واتساب: …»): the story's hotlines, never a box's figure.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\+?[\d٠-٩][\d٠-٩ \-]*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Dialled();

    private const int MaxRowLength = 120;
    private const int MaxRowLabelWords = 3;

    // The text of a field that may copy the story, without a feed's «… [+1234 chars]».
    public static string? CopiedText(string line) =>
        Parse(line) is { } f ? TruncationMark().Replace(f.Value, "").Trim() : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"(…|\.\.\.)?\s*\[\+?\s*[\d٠-٩,]+\s*(chars|characters|حرف|حرفا|حرفًا)?\s*\]$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TruncationMark();

    // The value of a title field («العنوان الرئيسي: …»), null for any other line.
    public static string? TitleIn(string line) =>
        OfPart(line) == Field.Title && Parse(line) is { } f ? f.Value : null;

    private static List<string> Split(string line)
    {
        List<string> parts = [line];
        foreach (var separator in Separators)
        {
            parts = [.. parts.SelectMany(p => p.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
        }
        return parts;
    }

    private static Field OfPart(string part)
    {
        if (Parse(part) is not { } f)
        {
            return Numbered(part);
        }
        if (!Labels.TryGetValue(f.Label, out var field) && !Labels.TryGetValue(Head(f.Label), out field))
        {
            return Field.None;
        }
        var words = f.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var fits = field switch
        {
            Field.Person => words <= MaxShortValueWords && FunctionWords.Count(f.Value) == 0 && !f.Value.Any(char.IsDigit) && !ProseLine.EndsLikeASentence(f.Value),
            // «الحالة: مستقرة، بحسب ما أكده المتحدث.» is the story's sentence about a patient.
            Field.State => words <= MaxShortValueWords && FunctionWords.Count(f.Value) <= 1 && !ProseLine.EndsLikeASentence(f.Value),
            Field.Count or Field.Date => words <= MaxShortValueWords + 4 && f.Value.Any(char.IsDigit),
            Field.Link => words <= 3 && (f.Value.Any(char.IsDigit) || f.Value.Contains('/') || f.Value.Contains('-')),
            // «العنوان» is an address as often as a title: the bare label names a headline only.
            Field.Copy => true,
            _ => words <= MaxValueWords && (f.Label is not ("العنوان" or "عنوان") || ReadsAsHeadline(f.Value)),
        };
        return fits ? field : Field.None;
    }

    private static readonly string On = $" {Key("على")} ";

    // A channel's frequency names its satellite after the field («تردد القناة على نايل سات»).
    private static string Head(string label) =>
        label.IndexOf(On, StringComparison.Ordinal) is var on and > 0 && Labels.GetValueOrDefault(label[..on]) == Field.Count ? label[..on] : "";

    // Three words or more with no digit, comma, bracket, Latin letter or closing stop: no address.
    private static bool ReadsAsHeadline(string value) =>
        value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 && !value.Any(c => char.IsDigit(c) || c is '،' or ',' or '(' or ')' || c is >= 'A' and <= 'z')
        && !value.TrimEnd().EndsWith('.');

    // A count or a version printed without a colon: «النسخة 9», «Views 1,204».
    private static Field Numbered(string part)
    {
        var t = part.Trim().TrimStart(LeadingMarks).TrimEnd(TrailingMarks);
        var space = t.LastIndexOf(' ');
        return space > 0 && t[(space + 1)..].All(c => char.IsDigit(c) || c is ',' or '٬' or '.')
            && Labels.TryGetValue(Key(t[..space]), out var field) && field == Field.Count ? Field.Count : Field.None;
    }

    private static (string Label, string Value)? Parse(string part)
    {
        var t = part.Trim().TrimStart(LeadingMarks).TrimEnd(TrailingMarks);
        // A record dumped as «key=value» marks its fields so too.
        var colon = t.IndexOfAny([':', '：']) is var c and > 0 ? c : t.IndexOf('=');
        // No known label is that long: a sentence's colon («قال الوزير …:») is not read as one.
        if (colon <= 0 || colon == t.Length - 1 || colon > MaxLabelLength)
        {
            return null;
        }
        var label = Key(t[..colon]);
        var value = t[(colon + 1)..].Trim().Trim('"', '\'', '«', '»', ' ');
        return label.Length == 0 || value.Length == 0 || label.Count(c => c == ' ') >= MaxLabelWords ? null : (label, value);
    }

    // A label as a system prints it, whatever its quotes, case, hamza or a note in brackets («(SEO)»).
    private static string Key(string label)
    {
        var open = label.IndexOf('(', StringComparison.Ordinal);
        var bare = open > 0 ? label[..open] : label;
        var folded = ArabicNormalizer.Normalize(bare.Trim().Trim('"', '\'', '«', '»', '_').Replace('_', ' ')).ToLowerInvariant();
        return string.Join(' ', folded.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static Dictionary<string, Field> Build(params (Field Field, string Labels)[] groups)
    {
        var map = new Dictionary<string, Field>(StringComparer.Ordinal);
        foreach (var (field, labels) in groups)
        {
            foreach (var label in labels.Split('|'))
            {
                map[Key(label)] = field;
            }
        }
        return map;
    }
}
