namespace BlazorReader.Bench.Cleaning.Sixteenth;

// The story as an AI chat assistant pastes it when asked for it: who speaks, a sentence that
// names where it comes from, the title in Markdown, citation marks after paragraphs, a list
// of sources, links to further results, the answer's buttons and its closing offer.
internal static class AssistantAnswer
{
    private static readonly string[] Speakers = ["ChatGPT said:", "قال ChatGPT:", "Copilot", "Gemini", "المساعد:", "Assistant", "الرد:", "ChatGPT"];

    private static readonly string[] Intros =
    [
        "بالتأكيد! إليك نص الخبر كما نشرته صحيفة {0}:", "إليك الخبر كاملاً من {0}:", "هذا هو نص المقال المنشور في صحيفة {0}:",
        "Sure! Here is the full article from {0}:", "وفقاً لما نشرته صحيفة {0}، إليك التفاصيل:",
    ];

    private static readonly string[] Buttons =
    [
        "👍 👎 📋 🔄", "Copy  Edit  Share", "نسخ | إعادة التوليد | مشاركة", "Good response Bad response", "Copy code", "📋 نسخ  👍  👎  🔊 قراءة بصوت عالٍ",
        "Regenerate", "مشاركة الإجابة",
    ];

    private static readonly string[] Offers =
    [
        "هل تريد أن ألخص لك الخبر في نقاط؟", "Would you like a summary or a translation into English?", "يمكنني أيضاً ترجمة النص إلى الإنجليزية إن رغبت.",
        "هل تود معرفة المزيد عن خلفيات هذا الخبر؟", "ChatGPT can make mistakes. Check important info.", "قد يرتكب المساعد أخطاء، لذا تحقق من المعلومات المهمة.",
    ];

    public static void Write(Page page)
    {
        var r = page.R;
        var (paper, domain) = Sites.Pick(r);
        if (r.Chance(0.6))
        {
            page.Add(NoiseKind.Byline, r.Pick(Speakers));
        }
        if (r.Chance(0.75))
        {
            page.Add(new NoisePiece(NoiseKind.Credit, [r.Pick(Intros).Replace("{0}", paper, StringComparison.Ordinal)]) { Credit = paper });
        }
        if (r.Chance(0.6) && page.Title.Length > 0)
        {
            page.Add(NoiseKind.Headline, r.Pick("### ", "## ", "**", "العنوان: ", "**العنوان:** ") + page.Title + r.Pick("", "**", ""));
        }
        var marks = r.Chance(0.7);
        var n = 1;
        // Marks after a few paragraphs long enough to be sourced, never after every line of a list.
        StoryWriter.Write(page, after: i => marks && n <= 6 && page.Paragraphs[i].Length >= 60 && r.Chance(0.4) ? Mark(r, n++) : null);
        if (r.Chance(0.7))
        {
            var sources = new List<string> { r.Pick("المصادر:", "Sources", "المراجع", "Sources:", "مصادر") };
            for (var i = 1; i <= Math.Max(1, n - 1) && i <= 3; i++)
            {
                sources.Add(r.Pick($"[{r.Number(i)}] ", $"{r.Number(i)}. ", "- ") + (i == 1 ? paper + r.Pick(" - ", " – ", " | ") + domain : Sites.Address(r, Sites.Pick(r).Domain)));
            }
            page.Add(new NoisePiece(NoiseKind.Credit, sources) { Credit = paper });
        }
        if (r.Chance(0.35) && OtherStories.Titles(page, r.Between(1, 3)) is { Count: > 0 } more)
        {
            page.Add(new NoisePiece(NoiseKind.Teaser, [r.Pick("نتائج ذات صلة", "Related", "مزيد من النتائج", "أخبار متعلقة"), .. more.Select(t => t + r.Pick("", " - " + Sites.Pick(r).Domain))]) { Teasers = more });
        }
        if (r.Chance(0.6))
        {
            page.Add(NoiseKind.Share, r.Pick(Buttons));
        }
        if (r.Chance(0.6))
        {
            page.Add(NoiseKind.Footer, r.Pick(Offers));
        }
    }

    // «[1]», «【2†source】», «[٣]»: the assistant's mark of which source a paragraph came from.
    private static NoisePiece Mark(DressingRandom r, int n) => new(NoiseKind.Credit, [r.Next(4) switch
    {
        0 => $"[{r.Number(n)}]",
        1 => $"【{r.Number(n)}†source】",
        2 => $"[{r.Number(n)}][{r.Number(n + 1)}]",
        _ => $"({r.Pick("المصدر", "source")} {r.Number(n)})",
    }], Glued: true);
}
