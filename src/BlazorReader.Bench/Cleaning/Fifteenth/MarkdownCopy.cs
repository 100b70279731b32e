namespace BlazorReader.Bench.Cleaning.Fifteenth;

// A page run through an HTML-to-Markdown converter (pandoc, html2text): the menu as a list of
// links, the title underlined, characters escaped with backslashes, rules of stars, pictures
// as ![alt](src) and reference links defined at the bottom. A picture is never the story's
// text, so it is a caption even when it is the story's own picture.
internal static class MarkdownCopy
{
    private static readonly string[] Menu = ["الرئيسية", "أخبار", "اقتصاد", "رياضة", "منوعات", "اتصل بنا"];

    private static readonly string[] TagWords = ["السعودية", "الرياض", "اقتصاد", "عاجل", "محليات", "التعليم", "الصحة"];

    public static void Dress(PageDraft page, DressingRandom r, OtherStories others)
    {
        var refs = new List<string>();
        string Ref(string url)
        {
            refs.Add($"[{refs.Count + 1}]: {url}");
            return $"[{refs.Count}]";
        }
        var dash = r.Pick("-", "*", "+");
        if (r.Chance(0.6))
        {
            var menu = Menu.Take(r.Between(3, 6));
            page.Add(Zone.Head, NoiseKind.Footer, [.. menu.Select(m => $"{dash} [{m}]({PageWords.Path(r)})")]);
        }
        if (r.Chance(0.6) && page.Article.Title is { } title)
        {
            page.Add(Zone.Top, NoiseKind.Headline, [Escape(title), new string(r.Pick('=', '-'), r.Between(8, 40))]);
        }
        if (r.Chance(0.45))
        {
            var name = PageWords.Person(r);
            page.Add(Zone.Top, NoiseKind.Byline, [r.Pick($"**بقلم:** {name}", $"\\_بقلم {name}\\_", $"*{name}* \\| {r.Pick(DressingPools.Papers)}", $"**{name}**")]);
        }
        if (r.Chance(0.55))
        {
            var alt = r.Pick("صورة", "صورة أرشيفية", PageWords.Gist(page.Article.Title, 3), "", "image");
            var src = $"https://{r.Pick(PageWords.Sites)}/uploads/2026/{r.Between(1, 12):00}/{r.Letters(10)}.{r.Pick("jpg", "webp", "png")}";
            var picture = r.Chance(0.5) ? $"![{alt}]({src})" : $"![{alt}]{Ref(src)}";
            if (r.Chance(0.4))
            {
                var name = PageWords.Person(r);
                page.AddBetween(r, NoiseKind.Credit, [picture, $"*{r.Pick("تصوير:", "الصورة:", "Photo:")} {name}*"], credit: name);
            }
            else
            {
                page.AddBetween(r, NoiseKind.Caption, [picture]);
            }
        }
        if (r.Chance(0.5) && others.OneTitle(r) is { } also)
        {
            page.AddBetween(r, NoiseKind.ReadAlso, [r.Pick($"**اقرأ أيضاً:** [{Escape(also)}]{Ref(PageWords.Url(r))}", $"> اقرأ أيضا: [{Escape(also)}]({PageWords.Url(r)})", $"\\*\\* اقرأ أيضا: {Escape(also)}")], [also]);
        }
        if (r.Chance(0.3))
        {
            page.AddBetween(r, NoiseKind.Footer, [r.Pick("* * *", "\\* \\* \\*", "- - -", "***", "___")]);
        }
        if (r.Chance(0.45))
        {
            var tags = TagWords.OrderBy(_ => r.Next(50)).Take(r.Between(2, 5));
            page.Add(Zone.Tail, NoiseKind.Tags, [r.Pick("الوسوم: ", "**وسوم:** ", "") + string.Join(r.Pick(" ", ", ", " \\| "), tags.Select(t => r.Chance(0.5) ? $"\\#{t}" : $"[{t}](/tag/{r.Letters(5)})"))]);
        }
        if (r.Chance(0.5))
        {
            page.Add(Zone.Tail, NoiseKind.Share, [$"مشاركة: [فيسبوك]({PageWords.Path(r)}) \\| [تويتر]({PageWords.Path(r)}) \\| [واتساب]({PageWords.Path(r)})"]);
        }
        var teasers = others.Titles(r, r.Between(2, 4));
        if (r.Chance(0.6) && teasers.Count > 0)
        {
            var head = r.Chance(0.5) ? new[] { "أخبار ذات صلة", new string('-', r.Between(8, 20)) } : [r.Pick("## اقرأ المزيد", "### الأكثر قراءة", "**أخبار ذات صلة**")];
            page.Add(Zone.Tail, NoiseKind.Teaser, [.. head, .. teasers.Select(t => $"{dash} [{Escape(t)}]{(r.Chance(0.5) ? Ref(PageWords.Url(r)) : $"({PageWords.Url(r)})")}")], teasers);
        }
        if (r.Chance(0.4))
        {
            page.Add(Zone.Footer, NoiseKind.Footer, [$"© {PageWords.Year(r, 2026)} {r.Pick(DressingPools.Papers)} \\- {r.Pick("جميع الحقوق محفوظة", "الحقوق محفوظة")}"]);
        }
        if (refs.Count > 0)
        {
            page.Add(Zone.Bottom, NoiseKind.Footer, refs);
        }
    }

    // The converter's escapes: stars, underscores, hashes and brackets get a backslash.
    public static string Escape(string text) =>
        text.Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal).Replace("#", "\\#", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal);
}
