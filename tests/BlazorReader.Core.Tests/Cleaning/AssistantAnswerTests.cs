using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// A story pasted from a chat assistant's answer, generated from shapes: who speaks, the sentence
// presenting the text, citation marks closing paragraphs (lenticular, bracketed, «(المصدر n)»,
// in Western or Arabic-Indic digits, with or without a space), a list of sources, the buttons
// and the closing offer or disclaimer, each drawn or not. Story lines are real corpus text
// (SaudiNewsNet, Mazen Abdulaziz, CC BY-NC-SA 4.0) and come back whole.
public class AssistantAnswerTests
{
    private static readonly string[] Story = StoryLines.Three;

    private const string Title = "النهضة يتعاقد مع الرجاء والكسار";

    private static readonly string[] Speakers = ["ChatGPT", "ChatGPT said:", "قال ChatGPT:", "Gemini", "Copilot:", "المساعد:", "Claude", "Perplexity", "المساعد الذكي"];

    private static readonly string[] Intros =
    [
        "إليك نص الخبر كما نشرته صحيفة عكاظ:", "بالتأكيد! إليك الخبر كاملاً:", "Here is the full article from Okaz:", "هذا هو نص المقال المنشور في جريدة اليوم:",
        "بكل سرور، إليك التفاصيل:", "Sure, here's the story:",
    ];

    private static readonly string[] Buttons = ["👍 👎 📋 🔄", "Copy code", "Regenerate", "نسخ | إعادة التوليد | مشاركة", "Good response  Bad response", "🔊 قراءة بصوت عالٍ"];

    private static readonly string[] Offers =
    [
        "هل تريد أن ألخص لك الخبر في ثلاث نقاط؟", "Would you like me to translate it into English?", "يمكنني أيضاً إعداد ملخص قصير إن رغبت.",
        "إذا أردت، أستطيع البحث عن ردود الفعل على الخبر.", "ChatGPT can make mistakes. Check important info.", "قد يرتكب المساعد أخطاء، لذا تحقق من المعلومات المهمة.",
    ];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 150)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_story_comes_back_whole_and_the_answer_s_furniture_goes(int seed)
    {
        var r = new Random(seed);
        T Pick<T>(params T[] items) => items[r.Next(items.Length)];
        string Digit(int n) => r.Next(2) == 0 ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : ((char)('\u0660' + n)).ToString();
        string Mark(int n) => r.Next(4) switch
        {
            0 => $"【{Digit(n)}†source】",
            1 => $"[{Digit(n)}]",
            2 => $"[{Digit(n)}][{Digit(n + 1)}]",
            _ => $"({Pick("المصدر", "source", "مصدر")} {Digit(n)})",
        };
        var lines = new List<string>();
        var furniture = new List<string>();
        void Add(string line)
        {
            lines.Add(line);
            furniture.Add(line);
        }
        // Every page carries the assistant's sign: a speaker, a lenticular mark, buttons or a disclaimer, or two marks.
        var speaker = r.Next(3) > 0;
        if (speaker)
        {
            Add(Pick(Speakers));
        }
        if (r.Next(4) > 0)
        {
            Add(Pick(Intros));
        }
        lines.Add("## " + Title);
        var marked = 0;
        for (var i = 0; i < Story.Length; i++)
        {
            var mark = !speaker && i < 2 || r.Next(2) == 0;
            lines.Add(mark ? Story[i] + Pick("", " ") + Mark(++marked) : Story[i]);
        }
        if (r.Next(3) > 0)
        {
            Add(Pick("المصادر:", "Sources", "المراجع", "مصادر:", "Learn more:"));
            for (var i = 1; i <= Math.Max(1, marked); i++)
            {
                Add(Pick($"[{Digit(i)}] ", $"{Digit(i)}. ", "- ") + Pick("صحيفة عكاظ - okaz.com.sa", "sabq.org", "https://www.alwatan.com.sa/article/" + i, "Okaz | okaz.com.sa"));
            }
        }
        if (r.Next(2) == 0)
        {
            Add(Pick(Buttons));
        }
        if (r.Next(2) == 0)
        {
            Add(Pick(Offers));
        }

        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join(Pick("\n", "\r\n", "\n\n"), lines), Title: Title));

        Assert.Equal(Story, cleaned.Blocks.Select(b => b.Text));
        Assert.All(furniture, f => Assert.True(cleaned.Removed.Any(x => x.Text == System.Text.RegularExpressions.Regex.Replace(f, @"\s+", " ").Trim()), $"left or cut: {f}; removed: {string.Join(" / ", cleaned.Removed.Select(x => x.Reason + ":" + x.Text))}"));
        Assert.Equal(marked, cleaned.Removed.Count(x => x.Reason == "citation"));
    }

    [Fact]
    public void The_paper_named_by_the_presenting_sentence_is_the_attribution()
    {
        var text = string.Join('\n', "ChatGPT", "إليك نص الخبر كما نشرته صحيفة عكاظ:", Story[0], Story[1]);
        Assert.Equal("عكاظ", new ArticleCleaner().Clean(new RawArticle(text, Title: Title)).Attribution);
    }

    // Without the assistant's sign, each of these is a story's own: a statement's lead-in, a
    // question closing a column, a list of references, a poem's footnote marks.
    [Theory]
    [InlineData("وأصدرت الوزارة بياناً فيما يلي نصه:", "هل تريد أن تعرف المزيد عن هذه المبادرة؟ زر موقع الوزارة.")]
    [InlineData("بالتأكيد إليك ما قاله الوزير:", "يمكنني أن أؤكد أن الأمور تسير في الاتجاه الصحيح.")]
    [InlineData("المصادر:", "1. تقرير الهيئة العامة للإحصاء")]
    public void An_unsigned_page_keeps_its_lead_ins_questions_and_lists(string above, string below)
    {
        var text = string.Join('\n', Story[0], above, Story[1], Story[2] + " [1]", below);
        var cleaned = new ArticleCleaner().Clean(new RawArticle(text, Title: Title));
        Assert.Contains(cleaned.Blocks, b => b.Text == above);
        Assert.Contains(cleaned.Blocks, b => b.Text == below);
        Assert.Contains(cleaned.Blocks, b => b.Text == Story[2] + " [1]");
    }

    [Fact]
    public void A_poem_s_footnote_marks_inside_its_lines_stay()
    {
        var verse = "دربٌ واحدٌ ليتَ أهلَه يسيرون جسماً أُسوةً بالسَّنى [الماحي] [2] وللفخر مرقى ليس إلا، ألمْ يصح";
        var cleaned = new ArticleCleaner().Clean(new RawArticle(string.Join('\n', Story[0], verse, Story[1]), Title: Title));
        Assert.Contains(cleaned.Blocks, b => b.Text == verse);
    }
}
