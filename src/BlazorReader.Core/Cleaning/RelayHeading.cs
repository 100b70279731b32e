using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// The line above a relayed tweet that names its author: «Name @handle», «غرد فلان @handle»,
// «🐦 فلان (@handle) :», «@handle كتب:», «Name @handle · 3h», «@handle - 2015/7/24». `Marked` when the line says it
// relays (a verb, a bird, a colon): then the line below is the tweet even without its link.
// Follow and contact lines («تويتر: @…», «تابعونا على @…») name a handle too and are none.
internal static partial class RelayHeading
{
    private const int MaxLength = 100;

    public static bool TryRead(string line, out string name, out string handle, out bool marked, out DateOnly? date)
    {
        name = handle = "";
        marked = false;
        date = null;
        var t = line.Trim();
        if (t.Length > MaxLength || !t.Contains('@', StringComparison.Ordinal) || Heading().Match(t) is not { Success: true } m)
        {
            return false;
        }
        name = m.Groups["name"].Value.Trim().TrimEnd('-', '–', '—', ':', '،', ',', '·', '•', '|', ' ');
        if (NotAPerson().IsMatch(name))
        {
            return false;
        }
        // After the handle: relay words and marks, or the date the tweet was sent.
        // The app a card says it was sent from («Twitter for iPhone», «من تطبيق X») closes the date.
        var after = CardDate.WithoutClient(m.Groups["after"].Value);
        // The handle first, the name after it, then the date: «@handle · Name · 8 أغسطس 2015».
        if (name.Length == 0 && NameAfterHandle().Match(after) is { Success: true } n && CardDate.Parse(n.Groups["date"].Value.Trim()) is not null)
        {
            name = n.Groups["name"].Value.Trim();
            after = n.Groups["date"].Value;
        }
        date = after.Any(char.IsDigit) ? CardDate.Parse(after.Trim().TrimStart('·', '•', '|', '-', '–', '—', '،', ',', ' ').TrimEnd(':', ' ')) : null;
        if (date is null && !After().IsMatch(after))
        {
            return false;
        }
        // A dash before «Name (@handle) date» signs the tweet above it («— Name (@handle) 1:00 AM
        // · Oct 5, 2022»): it heads nothing below.
        if (date is not null && m.Groups["mark"].Value.AsSpan().IndexOfAny('-', '–', '—') >= 0 && t.Contains("(@", StringComparison.Ordinal))
        {
            return false;
        }
        handle = m.Groups["handle"].Value;
        // A clock's colon («10:32») says nothing of relaying.
        marked = m.Groups["verb"].Success || m.Groups["mark"].Value.Contains("🐦", StringComparison.Ordinal) || RelayAfter().IsMatch(Clock().Replace(after, " "));
        return true;
    }

    [GeneratedRegex(@"^(?<mark>[\p{So}\p{Cs}\uFE0F•▪►◄*\-–—\s]*)(?<verb>(?:و?غرّ?د|و?كتب|تغريدة|tweeted|wrote|posted)\s*:?\s+)?(?<name>[^@()\n:：/]{0,60}?)\s*\(?\s*(?<![A-Za-z0-9_.])@(?<handle>[A-Za-z0-9_]{1,30})\s*\)?(?<after>(?:[^@/]|(?<=[\d\p{L}])/(?=[\d\p{L}])){0,64})$", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?:\s*(?:[:：·•|\-–—]|و?(?:كتب|غرّ?د|قال)|tweeted|wrote|says|منذ(?:\s+[^\s:]+){1,2}|\d{1,3}\s*[^\s\d:]{0,6}|[\p{So}\p{Cs}\uFE0F]))*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex After();

    [GeneratedRegex(@"^\s*[·•|\-–—]?\s*(?<name>\p{L}[\p{L}\p{Mn}'. ]{1,40}?)\s*[·•|\-–—]\s*(?<date>.*\d.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NameAfterHandle();

    [GeneratedRegex(@"\d{1,2}:\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex Clock();

    [GeneratedRegex(@"[:：]|كتب|غرّ?د|قال|tweeted|wrote|says", RegexOptions.CultureInvariant)]
    private static partial Regex RelayAfter();

    [GeneratedRegex(@"(?:^|\s)(?:تابع\p{L}*|تويتر|twitter|انستغرام|instagram|سناب\p{L}*|حساب\p{L}*|للتواصل|التواصل|البريد|بريد|e-?mail|إيميل|ايميل|follow|t|x)(?:\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAPerson();
}
