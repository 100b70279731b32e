using System.Net;
using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// A page's source copied with its text: tags, comments, shortcodes, entities, template
// placeholders, scripts, styles and structured data. Whatever a line holds of the story is
// kept with the markup taken off (`Strip`); a line with nothing left, or one that is code, is
// debris. No Arabic story writes «<p>», «[/caption]», «{{ … }}» or «function(){…}».
internal static partial class MarkupDebris
{
    // The line without its markup (entities read as the characters they stand for), or the
    // line itself when it has none; what was taken off is added to `removed`.
    public static string Strip(string line, List<string> removed)
    {
        if (line.IndexOfAny(['<', '[', '&', '{', '%', '\\']) < 0 && !line.StartsWith('.'))
        {
            return line;
        }
        var text = line;
        if (RtfWord().IsMatch(text))
        {
            text = RichText.Plain(text, removed);
        }
        text = ManRequest().Replace(text, m =>
        {
            removed.Add(m.Groups["request"].Value);
            return m.Groups["words"].Value;
        });
        // A typesetter's command round the story's words keeps the words («\textbf{…}», «\section*{…}»).
        text = TexWrapper().Replace(text, m =>
        {
            removed.Add(m.Groups["command"].Value);
            return " " + m.Groups["words"].Value + " ";
        });
        foreach (var markup in (Regex[])[Tag(), BbCode(), Shortcode(), TexSwitch(), ManFont(), Placeholder(), PictureNote()])
        {
            text = markup.Replace(text, m =>
            {
                removed.Add(m.Value);
                return " ";
            });
        }
        if (text.Contains('&', StringComparison.Ordinal))
        {
            text = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ');
        }
        return text == line ? line : LineSplitter.Normalize(Spaces().Replace(text, " ").Trim());
    }

    // A line that opens as code is code; one with code inside only when it holds no more Arabic
    // than a string in code would: a story's text glued before a poll's script (the corpus has
    // such lines) is left whole rather than lost with it.
    public static bool IsCode(string line) =>
        ScriptStart().IsMatch(line) || RichText.IsHeader(line) || ManLayout().IsMatch(line) || NotebookCode().IsMatch(line) || TexPreamble().IsMatch(line) || Fence().IsMatch(line) || CalendarField().IsMatch(line) || Style().IsMatch(line) || Json().IsMatch(line) || RecordField().IsMatch(line) || LayoutTags().IsMatch(line) && TagsAlone(line)
            || ScriptInside().IsMatch(line) && line.Count(c => c is >= '\u0621' and <= '\u064A') <= MaxArabicInCode;

    private const int MaxArabicInCode = 60;

    // A caption a page's editor wrapped in its shortcode.
    public static bool IsCaptionShortcode(string line) => CaptionShortcode().IsMatch(line);

    // Something left that reads: a letter or a digit.
    public static bool HasText(string text) => text.Any(char.IsLetterOrDigit);

    [GeneratedRegex(@"<!--.*?(-->|$)|</?[A-Za-z][A-Za-z0-9:-]*(\s[^<>]{0,400})?/?>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\[/?[a-z][a-z0-9_-]{1,30}(\s[^\[\]]{0,300})?\](?!\()", RegexOptions.CultureInvariant)]
    private static partial Regex Shortcode();

    // A forum's tags: «[b]», «[size=4]», «[url=…]», «[quote=عكاظ]», «[/color]»; a picture's with its address.
    [GeneratedRegex(@"\[img(=[^\]]{0,100})?\][^\[\]]{0,300}\[/img\]|\[/?(b|i|u|s|sup|sub|size|color|colour|font|url|quote|center|right|left|align|justify|hr|code|list|email|spoiler|indent|highlight|\*)(=[^\[\]]{0,200})?\]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BbCode();

    [GeneratedRegex(@"(?<command>\\(textbf|textit|textrm|textsf|emph|underline|text|mbox|LR|RL|section|subsection|subsubsection|paragraph|chapter|title|author|date|caption|footnote|href\{[^{}]*\}|url)\*?)\{(?<words>[^{}]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex TexWrapper();

    // A typesetter's switches and breaks between the words: «\noindent», «\and», «\\».
    [GeneratedRegex(@"\\(noindent|indent|par|centering|raggedleft|raggedright|bigskip|medskip|smallskip|hfill|vfill|newline|linebreak|and|item)(?![A-Za-z])|\\\\", RegexOptions.CultureInvariant)]
    private static partial Regex TexSwitch();

    // A typesetter's preamble and layout, a whole line with no words of the story: «\documentclass[12pt]{article}»,
    // «\usepackage{arabxetex}», «\begin{document}», «\maketitle», «\includegraphics[…]{x.jpg}», «% تعليق: …».
    [GeneratedRegex(@"^\s*\\(documentclass|usepackage|begin|end|maketitle|includegraphics|setmainlanguage|setotherlanguage|setmainfont|setsansfont|newfontfamily|selectlanguage|tableofcontents|newpage|clearpage|pagebreak|vspace|hspace|label|bibliography|bibliographystyle|pagestyle|thispagestyle|geometry|input|include|hline|toprule|midrule|bottomrule)\b[^\u0600-\u06FF]*$|^\s*%\s+[^\d\s]", RegexOptions.CultureInvariant)]
    private static partial Regex TexPreamble();

    // A notebook's cells: their prompts alone («In [4]:», «Out[7]:») and code in them («import
    // json», «df = pd.read_json('news.json')», «df['source'].value_counts().head(3)»). A name
    // with dots alone («pic.twitter.com», a link broken across lines) is no code.
    [GeneratedRegex(@"^\s*(In|Out)\s*\[\s*\d*\s*\]:\s*$|^\s*(import\s+[A-Za-z_][\w.]*(\s+as\s+\w+)?|from\s+[A-Za-z_][\w.]*\s+import\s+[\w, ]+)\s*$|^\s*[a-z_][A-Za-z0-9_]*\s*=\s*[A-Za-z_][\w.]*\(.*\)\s*$|^\s*[a-z_]\w*(\.[A-Za-z_]\w*)*(\[[^\]]{0,60}\]|\([^()]{0,60}\))(\.[A-Za-z_]\w*|\[[^\]]{0,60}\]|\([^()]{0,60}\))*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NotebookCode();

    // A word processor's rich text: its paragraph and font words before the story's words
    // («\pard\rtlpar\qj\f0\fs28 …\par», «\b … \b0»); read by RichText.
    [GeneratedRegex(@"\\(pard|rtlpar|ltrpar|plain|qc|qj|ql|qr|b|b0|i|i0|ul|ul0|ulnone|viewkind\d|uc\d|f\d+|fs\d+|cf\d+|sa\d+|sb\d+|sl\d+|slmult\d|lang\d+|rtlch|ltrch|u-?\d+|'[0-9a-fA-F]{2})(?![A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex RtfWord();

    // A manual page's source (troff): a request that only lays out («.PP», «.LP», «.br», «.sp 2»,
    // «.RS 4»), the page's header («.TH "DAILY" "5" "٦ أغسطس، 2015" …»), a section's fixed
    // name in Latin («.SH DESCRIPTION») and a comment («.\" …») hold nothing of the story.
    [GeneratedRegex(@"^\.(TH\s.*|\\"".*|(PP|LP|P|br|sp|RS|RE|nf|fi|TP|IP|HP|ad|na|in|ti|ft|ps|ne|UR|UE|MT|ME|SH|SS|EX|EE|YS|SY)(\s[^\u0600-\u06FF]*)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex ManLayout();

    // A manual page's request round words that read («.SH خلفية الأزمة», «.B "تفاصيل القرار"»): the words stay.
    [GeneratedRegex(@"^(?<request>\.(SH|SS|B|I|BI|BR|IB|IR|RB|RI|SM|SB|IP|TP))\s+""?(?<words>.*?)""?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ManRequest();

    // troff's font switches inside a line: «\fBكلمة\fR», «\f(CW», «\f[B]».
    [GeneratedRegex(@"\\f(\([A-Z]{2}|\[[A-Z]*\]|[BIRP1-4])|\\&", RegexOptions.CultureInvariant)]
    private static partial Regex ManFont();

    [GeneratedRegex(@"\{\{[^{}]{1,60}\}\}|\{%[^{}]{1,60}%\}|%%[A-Za-z_]{2,30}%%", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    // «{صورة: صورة أرشيفية - تصوير …}», «[فيديو]»: a picture's or a clip's place the page's
    // template printed in braces or brackets, glued to the paragraph below it or alone (not a
    // Markdown picture's «![image 6](…)», which is taken whole as a link line).
    [GeneratedRegex(@"(?<!!)[\{\[]\s*(صورة|الصورة|صور|فيديو|الفيديو|تصوير|image|photo|video)\b[^\{\}\[\]]{0,160}[\}\]]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PictureNote();

    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\s*(var |let |const |function\b|window\.|document\.|\(?adsbygoogle|googletag\.|gtag\(|jQuery|\$\()", RegexOptions.CultureInvariant)]
    private static partial Regex ScriptStart();

    // A Markdown code fence («```bash», «~~~») or a shell command alone on its line («$ npm install
    // x», «pip install y»): a developer page's, never an Arabic story's.
    [GeneratedRegex(@"^\s*(```|~~~)[\w+.-]{0,20}\s*$|^\s*(\$\s*)?(npm|npx|pip3?|yarn|dotnet|git|curl|wget|docker|apt(-get)?|brew|composer|cargo)\s+[a-z-]+\s+[^\u0600-\u06FF]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Fence();

    // A calendar or contact export's field («BEGIN:VCALENDAR», «DTSTART;TZID=Asia/Riyadh:2015…»,
    // «LOCATION:جدة», «SUMMARY:العنوان»): a key in capitals, its parameters, a colon. A long value
    // (a description holding the story's lead) is left whole rather than lost with its key.
    [GeneratedRegex(@"^(BEGIN|END|VERSION|PRODID|UID|DTSTART|DTEND|DTSTAMP|TZID|TZOFFSETFROM|TZOFFSETTO|RRULE|SEQUENCE|STATUS|TRANSP|CLASS|CREATED|LAST-MODIFIED|METHOD|CALSCALE|X-[A-Z-]+)(;[A-Z-]+=[^:]*)*:.*$|^(LOCATION|SUMMARY|ORGANIZER|ATTENDEE|CATEGORIES|DESCRIPTION|URL|GEO|FN|TEL|EMAIL|ORG)(;[A-Z-]+=[^:]*)*:.{0,120}$", RegexOptions.CultureInvariant)]
    private static partial Regex CalendarField();

    [GeneratedRegex(@"function\s*\(\s*\)\s*\{|\}\s*\)\s*;\s*$|\.push\(\s*[\[{(]", RegexOptions.CultureInvariant)]
    private static partial Regex ScriptInside();

    [GeneratedRegex(@"^[\w\s.#:>,*\[\]=""-]{1,120}\{\s*[a-z-]+\s*:[^{}]*\}$", RegexOptions.CultureInvariant)]
    private static partial Regex Style();

    [GeneratedRegex(@"^\s*[\[{]\s*""[@\w-]{1,40}""\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex Json();

    // A news feed's record dumped field by field: «"title": "…",», «content=… [+1234 chars]»,
    // «publishedAt: 2015-08-06T11:27:21Z». A quoted key, a key and «=», or a key no language
    // writes (camelCase); «Source: Reuters» is a credit and is left to its rule.
    [GeneratedRegex(@"^\s*(""(title|description|content|author|source|publishedAt|published_at|url|urlToImage|image|totalResults|status|id|name)""\s*:|(title|description|content|author|source|publishedAt|published_at|url|urlToImage|image|totalResults|status)\s*=\s*\S|(publishedAt|urlToImage|totalResults|published_at)\s*:)", RegexOptions.CultureInvariant)]
    private static partial Regex RecordField();

    // Words outside every bracket are the story's, in tags with a namespace as much as in any
    // («<text:p text:style-name="P1">…</text:p>»): only a line of tags alone is layout.
    private static bool TagsAlone(string line)
    {
        var depth = 0;
        foreach (var c in line)
        {
            depth += c == '<' ? 1 : c == '>' ? -1 : 0;
            if (depth == 0 && char.IsLetterOrDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    // A layout program's tagged text: a line of its tags alone («<Version:11.2>», «<DefineParaStyle:متن=<Nextstyle:متن> >»).
    // A link in angle brackets («<https://…>») is no tag.
    [GeneratedRegex(@"^\s*<[A-Za-z]{2,30}:(?!//)[^\n]*>\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LayoutTags();

    [GeneratedRegex(@"^\s*\[caption\b[^\]]*\].*\[/caption\]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CaptionShortcode();
}
