using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Cleaning.Twentieth;

// Posts the story embeds, flattened by a copy into lines, in card orders a page or app gives
// them: counts before the text, a handle with no name, a relative time that names no day, a
// quoted post inside a post, a reply. The post is the story's own quoted content (a tweet
// block); the buttons, counts and labels around it are noise.
internal static class PostCards
{
    public static Entry[] Draw(DressingRandom r, PageDraft page)
    {
        var who = PostAuthor.Draw(r);
        var (text, dir) = PostAuthor.Text(r, page);
        var url = who.Link(r);
        var day = Calendar.Around(r, page.Article.PublishedAt);
        var link = LinkBreaker.Break(r, url);
        switch (r.Next(6))
        {
            case 0: // counts first, then the text, the handle alone and a relative time
                return [Entry.Noise(NoiseKind.Counter, $"{Typography.Compact(r, r.Between(800, 90000))} {r.Pick("مشاهدة", "مشاهدات")} · {Typography.Compact(r, r.Between(10, 4000))} {r.Pick("إعادة نشر", "مشاركة")}"),
                    Post(text, url, who.Handle, null, null, dir, [text, link, $"@{who.Handle} · {Calendar.Ago(r)}"]) with { Tight = true }];
            case 1: // handle alone on top, the time and the day under the text
                return [Post(text, url, who.Handle, null, day, dir, [$"@{who.Handle}", text, $"{Calendar.Time(r)} · {Calendar.WithYear(r, day)}", link]),
                    // the card's row: buttons (Share) or the counts beside its icons (Counter)
                    .. Maybe(r, 0.5, r.Chance(0.5)
                        ? Entry.Card(NoiseKind.Share, Typography.Join(r, ["رد", "إعادة نشر", "إعجاب", "مشاركة"]))
                        : Entry.Card(NoiseKind.Counter, Typography.Join(r, ["💬 " + r.Number(r.Between(2, 90)), "🔁 " + r.Number(r.Between(5, 400)), "♥ " + Typography.Compact(r, r.Between(20, 9000))])))];
            case 2: // a translated post: the translation button and the machine's version are the app's
                return [Post(text, url, who.Handle, who.Name, day, dir, [$"{who.Name} {r.Pick("✓", "", "☑")} @{who.Handle}", text + " " + link]),
                    // The button offers the language the reader's app is not in.
                    Entry.Card(NoiseKind.Share, dir == TextDirection.Ltr ? r.Pick("عرض الترجمة", "ترجمة المنشور", "ترجمة من الإنجليزية") : r.Pick("Translate post", "See translation", "Show translation")),
                    new Entry([Calendar.WithYear(r, day)]) { Tight = true }];
            case 3: // a post quoting another: both are the story's content, the label between them is the card's
                var inner = PostAuthor.Draw(r);
                var innerUrl = inner.Link(r);
                var innerDay = day.AddDays(-r.Next(3));
                var (innerText, innerDir) = PostAuthor.Text(r, page);
                return [Post(text, url, who.Handle, who.Name, day, dir, [text, link, $"— {who.Name} (@{who.Handle}) {Calendar.WithYear(r, day)}"]),
                    Entry.Card(NoiseKind.Caption, r.Pick("منشور مقتبس", "يقتبس منشوراً من", "↳ اقتباس", "Quote") + (r.Chance(0.5) ? $" @{inner.Handle}" : "")),
                    Post(innerText, innerUrl, inner.Handle, inner.Name, innerDay, innerDir, [$"{inner.Name} @{inner.Handle} · {Calendar.WithYear(r, innerDay)}", innerText, LinkBreaker.Break(r, innerUrl)]) with { Tight = true }];
            case 4: // a reply: whom it answers is the card's line
                return [Entry.Noise(NoiseKind.Caption, $"{r.Pick("ردًا على", "رداً على", "Replying to")} @{PostAuthor.Draw(r).Handle}"),
                    Post(text, url, who.Handle, who.Name, day, dir, [text, $"{who.Name} (@{who.Handle}) {Calendar.WithYear(r, day)}", link]) with { Tight = true },
                    .. Maybe(r, 0.5, Entry.Card(NoiseKind.Counter, $"{Typography.Compact(r, r.Between(1000, 2000000))} {r.Pick("مشاهدة", "views")}"))];
            default: // a note readers added under the post
                return [Post(text, url, who.Handle, who.Name, day, dir, [text + r.Pick(" ", " — ", "\u00A0") + link, $"— {who.Name} (@{who.Handle}) {Calendar.WithYear(r, day)}"]),
                    Entry.Card(NoiseKind.Caption, r.Pick("ملاحظات المجتمع: ", "أضاف القرّاء سياقاً: ", "سياق من القراء: ") + Note(r))];
        }
    }

    // What stands in for a post that is gone: no content, only the platform's words.
    public static Entry Stub(DressingRandom r) => Entry.Noise(NoiseKind.Caption, r.Pick(
        "يُرجى الانتباه: تم حذف هذه التغريدة",
        "هذا المنشور غير متاح.",
        "هذه التغريدة من حساب لم يعد موجوداً. مزيد من المعلومات",
        "لا يمكن عرض هذا المنشور لأن صاحبه قيّد من يمكنه رؤيته.",
        "This post is unavailable.",
        "تعذر تحميل المنشور — أعد المحاولة"));

    private static string Note(DressingRandom r) =>
        $"{r.Pick("الصورة المرفقة", "المقطع المتداول", "الرقم الوارد")} {r.Pick("قديم ويعود إلى عام", "نُشر لأول مرة في", "يخص حدثاً وقع في")} {Typography.Year(r, r.Between(2009, 2014))}{r.Pick(".", "، وفق مصادر متعددة.", "")}";

    private static Entry Post(string text, string url, string handle, string? name, DateOnly? day, TextDirection dir, string[] lines) =>
        new(lines, new ExpectedBlock(BlockKind.Tweet, text, url, handle, name, day, dir) { Links = [url] });

    private static Entry[] Maybe(DressingRandom r, double p, Entry e) => r.Chance(p) ? [e] : [];
}
