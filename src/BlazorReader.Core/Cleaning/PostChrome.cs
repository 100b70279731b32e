using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// A post page's own furniture copied with the post: whom it replies to, over the text
// («Replying to @x», «ردًا على @x و@y»), its buttons under it («Show more», «إظهار المزيد»,
// «Translate post», «عرض الأصل», an edited post's «تم التعديل», a pinned post's «مثبّت», a quote-repost's
// «اقتباس» between its two posts), a machine translation's note («مترجم من الإنجليزية بواسطة
// Google»), the notice of a post that no longer loads, a community note under its header, and
// a poll's options and votes, the app it was sent from («Twitter for Android», «تويتر لأجهزة
// آيفون»), what its media was («[صورة]», «[فيديو ٠:٤٥]»), a thread's «Show this thread».
// Whole lines no story prints alone; taken before the tweets are rebuilt, so that none is
// read as the post's text.
internal sealed partial class PostChrome : ICleaningStep
{
    private const int MaxNote = 240;

    public void Apply(CleaningContext context)
    {
        var lines = context.Lines;
        UnwrapLinks(lines);
        // A community note: its header, then the note itself (the prompt to rate it goes below);
        // a line that carries a story on («وبخصوص …») is the story's, whatever stands above it.
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i].Tweet is null && NoteHeader().IsMatch(lines[i].Text) && lines[i + 1].Tweet is null
                && lines[i + 1].Text.Length <= MaxNote && !NoteHeader().IsMatch(lines[i + 1].Text) && !ParagraphOpening.ReadsOn(lines[i + 1].Text)
                && !TweetLineAbove.OpensParagraph(lines[i + 1].Text))
            {
                context.Remove(lines[i + 1], "post-button");
            }
            // A post that no longer loads may leave its link under the notice, broken or whole.
            if (lines[i].Tweet is null && Gone().IsMatch(lines[i].Text) && TweetLinks.TryFindBelow(lines, i, out var urls, out var last) && urls.Exists(TweetLinks.IsTweetLink))
            {
                // As a link alone anywhere: what stands round it reads the taken link as before.
                foreach (var link in lines.GetRange(i + 1, last - i))
                {
                    context.Remove(link, "more-link");
                }
            }
        }
        TakePolls(context);
        // «اقتباس» / «Quote» alone heads a column's quotation too: a quote-repost's mark only over
        // the quoted post's author.
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i].Tweet is null && QuoteMark().IsMatch(lines[i].Text) && lines.Skip(i + 1).Take(2).Any(l => l.Tweet is null && l.Text.Contains('@', StringComparison.Ordinal)))
            {
                context.Remove(lines[i], "post-button");
            }
        }
        context.RemoveWhere(l => l.Tweet is not null ? null
            : ReplyTo().IsMatch(l.Text) ? "reply-to"
            : IsButton(l.Text) || Client().IsMatch(l.Text) || Media().IsMatch(l.Text) || NoteHeader().IsMatch(l.Text) || NoteRating().IsMatch(l.Text) || Gone().IsMatch(l.Text) ? "post-button"
            : ShownAddress().IsMatch(l.Text.Trim()) ? "markup"
            : null);
    }

    // The address a page shows for the post's link, cut short by its «…» («twitter.com/i/web/statu…»):
    // the link itself is printed whole beside it.
    [GeneratedRegex(@"^(?:https?://)?(?:(?:www|mobile|pic)\.)?(?:(?:twitter|x)\.\S{0,70}|t\.co\S{0,13})(?:…|\.{3})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ShownAddress();

    // A post's link in the page's brackets, whole or broken over the lines below («(https://twitter.com/Ah»
    // / «m» / «ed_se/status/610851428314697611)», «<https://t.co/x>», quoted «"…"» or ««…»»): the brackets are the page's,
    // and the link reads as any other once they are off.
    private static void UnwrapLinks(List<SourceLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            // The link alone on its line or closing a post's line of words, whole or its first piece: a
            // bracket opening a line of words («(https://t.co/x) — فلان …») closes in that line.
            var t = lines[i].Text.Trim();
            var words = t.LastIndexOf(' ') + 1;
            var link = t[words..];
            // The page's bracket or quotation mark opening the link, and the mark that closes it.
            var close = link.Length > 0 ? link[0] switch { '(' => ')', '<' => '>', '«' => '»', '"' => '"', '“' => '”', '[' => ']', _ => '\0' } : '\0';
            var open = close != '\0';
            if (lines[i].Tweet is not null || link.Length < 6 || words > 0 && t.Length > MaxPostText || !LinkStart().IsMatch(open ? link[1..] : link))
            {
                continue;
            }
            // The sentence's mark after the link is the page's too («https://t.co/x،», «(…).»).
            lines[i].Text = t[..words] + (open ? link[1..] : link);
            for (var k = i; k < lines.Count && k <= i + MaxLinkLines && lines[k].Tweet is null && (k == i || !lines[k].Text.Contains(' ', StringComparison.Ordinal)); k++)
            {
                // A stop may be the link's own, cut before the next piece («https://t.» / «co/x»).
                var end = lines[k].Text.TrimEnd();
                var piece = k + 1 < lines.Count && lines[k + 1].Tweet is null && lines[k + 1].Text.TrimStart() is [var next, ..] && char.IsAscii(next) && char.IsLetterOrDigit(next);
                var bare = open || !piece ? end.TrimEnd('.', '،', ',', '؛', ';') : end.TrimEnd('،', ',', '؛', ';');
                if (open && bare is [_, .., var last] && last == close)
                {
                    lines[k].Text = bare[..^1];
                    break;
                }
                if (!open && bare.Length < end.Length && bare.Length > 0)
                {
                    lines[k].Text = bare;
                    break;
                }
            }
        }
    }

    private const int MaxLinkLines = 3;

    // A story's paragraph may close on a link in brackets; a post's line is no longer than this.
    private const int MaxPostText = 320;

    [GeneratedRegex(@"^(https?:|pic\.twitter|twitter\.com/|x\.com/|t\.co/)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkStart();

    [GeneratedRegex(@"^\W{0,3}(twitter|tweetdeck|x)\s+(for|web)\s+(iphone|ipad|android|mac|web\s+app|app|client)\W{0,3}$|^\W{0,3}(tweetdeck|twitter\s+web\s+(app|client))\W{0,3}$|^\W{0,3}(تويتر|إكس|اكس)\s+(لأجهزة|لاجهزة|ل|لـ|على)\s*(ال)?(آيفون|ايفون|أيفون|أندرويد|اندرويد|آيباد|ايباد|ماك|الويب|ويب)\W{0,3}$|^\W{0,3}(show\s+this\s+thread|(عرض|اعرض|إظهار)\s+(هذه\s+)?(السلسلة|سلسلة\s+التغريدات))\W{0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Client();

    // «[صورة]», «[فيديو ٠:٤٥]», «[Photo]», «[GIF]»: what a post's media was, where it stood.
    [GeneratedRegex(@"^\s*\[\s*(صورة|صور|الصورة|فيديو|الفيديو|مقطع\s+فيديو|صورة\s+متحركة|photo|image|video|gif)(\s*[\d٠-٩:٫.]+)?\s*\]\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Media();

    // A poll's options, a word or two and a share each, on two lines or more, and the count of
    // votes under them: the post's, between its text and its signature. A story gives its
    // shares in sentences, or in a table's rows of more words.
    private static void TakePolls(CleaningContext context)
    {
        var lines = context.Lines;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var end = i;
            while (end < lines.Count && lines[end].Tweet is null && PollOption().IsMatch(lines[end].Text))
            {
                end++;
            }
            if (end - i < 2)
            {
                continue;
            }
            if (end < lines.Count && lines[end].Tweet is null && Votes().IsMatch(lines[end].Text))
            {
                end++;
            }
            foreach (var option in lines.GetRange(i, end - i))
            {
                context.Remove(option, "counter");
            }
        }
    }

    [GeneratedRegex(@"^\s*[^\d\s%٪«»""]+(?:\s[^\d\s%٪«»""]+)?\s*[:：]?\s*[\d٠-٩]{1,3}(?:[.,٫][\d٠-٩]+)?\s*[%٪]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PollOption();

    [GeneratedRegex(@"^\s*[\d٠-٩][\d٠-٩.,٫٬]*\s*(?:[KMkم]|ألف|آلاف|ألفاً|مليون)?\s*(?:صوت|أصوات|صوتاً|votes?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Votes();

    public static bool IsButton(string line) => Button().IsMatch(line) || TranslatedFrom().IsMatch(line);

    [GeneratedRegex(@"^\W{0,3}(replying\s+to|in\s+reply\s+to|ردًا\s+على|رداً\s+على|ردا\s+على|الرد\s+على|رد\s+على|بالرد\s+على|في\s+الرد\s+على)\s+@\w+((\s*(,|،|and|و|\s)\s*@\w+)*|\s+(and|و)\s+\d+\s+\S+)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplyTo();

    [GeneratedRegex(@"^\W{0,3}(show\s+(more|less|original|translation)|see\s+(more|original|translation)|view\s+(original|translation)|translate\s+(post|tweet)|إظهار\s+المزيد|اظهار\s+المزيد|عرض\s+المزيد|اعرض\s+المزيد|(عرض|اعرض|إظهار|اظهار)\s+(النص\s+)?(الأصلي|الاصلي|الأصل|الاصل|الترجمة)|ترجمة\s+(التغريدة|المنشور|المشاركة)|ترجم\s+(التغريدة|المنشور)|(rate\s+this\s+translation|قيّ?م\s+(هذه\s+)?الترجمة)|" + CardDate.Edited
        + @"|(منشور\s+|تغريدة\s+)?(مثبّت|مثبت|مثبّتة|مثبتة)|pinned(\s+(post|tweet))?|يقتبس|(ال)?(منشور|تغريدة)\s+(ال)?مقتبس\S*|quoted\s+(post|tweet)|(ad\s*·\s*)?promoted|sponsored|(إعلان\s+)?م\p{Mn}*ر\p{Mn}*و\p{Mn}*ج\p{Mn}*|م\p{Mn}*م\p{Mn}*و\p{Mn}*ل\p{Mn}*)\W{0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Button();

    [GeneratedRegex(@"^\W{0,3}(اقتباس|quote)\W{0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuoteMark();

    // «Translated from English by Google», «مترجم من الفرنسية آلياً · قيّم هذه الترجمة».
    [GeneratedRegex(@"^\W{0,3}((auto-?|automatically\s+|machine\s+)?translated\s+from\s+[A-Za-z]+(\s+by\s+\w+)?|(مترجمة?|مُترجمة?|تُ?رجم|تُ?رجمت|تمت\s+ترجمته|تمت\s+الترجمة|ترجمة\s+آلية)(\s+(آليًا|آلياً|آليا))?\s+(من|عن)\s+(ال)?\p{L}+(\s+(بواسطة|عبر|من)\s+\S+)?(\s+(آليًا|آلياً|آليا))?)(\s*[·•|\-–]\s*(rate\s+this\s+translation|قيّ?م\s+(هذه\s+)?الترجمة))?\W{0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TranslatedFrom();

    [GeneratedRegex(@"^\W{0,3}(ملاحظات\s+المجتمع|ملاحظة\s+المجتمع|سياق\s+من\s+القراء|أضاف\s+القراء\s+سياق\S*.{0,60}|readers\s+added\s+context.{0,60}|community\s+notes?)\W{0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteHeader();

    [GeneratedRegex(@"^\W{0,3}(هل\s+(كانت|كان)\s+هذه\s+الملاحظة\s+مفيدة|قيّ?م\s+هذه\s+الملاحظة|تُ?كتب\s+الملاحظات\s+بواسطة\s+\S+|is\s+this\s+note\s+helpful|rate\s+(this|it)|do\s+you\s+find\s+this\s+helpful)\W{0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteRating();

    // The notice a scrape keeps of a post that no longer loads.
    [GeneratedRegex(@"^\W{0,3}((يُ?رجى\s+الانتباه\s*:\s*)?(تم|تمّ)\s+حذف\s+(هذه\s+)?(التغريدة|المنشور|التدوينة)|(هذه\s+التغريدة|هذا\s+المنشور|هذه\s+التدوينة)\s+(غير\s+متاحة?|لم\s+تعد\s+متوفرة|لم\s+يعد\s+متوفرا|محذوفة?|من\s+حساب\s+لم\s+يعد\s+موجود[اًا]*)|لم\s+تعد\s+هذه\s+(التغريدة|التدوينة)\s+متوفرة|لم\s+يعد\s+هذا\s+المنشور\s+متوفرا|تعذّ?ر\s+تحميل\s+(التغريدة|المنشور)|this\s+(post|tweet)\s+(is\s+unavailable|was\s+deleted|has\s+been\s+deleted|is\s+from\s+an\s+account\s+that\s+no\s+longer\s+exists))(\W{1,3}\s*(اعرف|تعرّ?ف\s+على)\s+المزيد|\W{1,3}\s*learn\s+more)?\W{0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Gone();
}
