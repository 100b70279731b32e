using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Chrome lines as families, not strings: each test builds many lines from a kind's grammar
// (labels, units, separators, icons, Western and Arabic-Indic digits, brackets) the way other
// Arabic news sites print them, and every one must be named; real corpus sentences that use
// the same words must be kept.
public class ChromeFamilyTests
{
    private static readonly string[] Icons = ["", "⬅️ ", "📲 ", "▪️ ", "✅ ", "🔗 ", "● ", "◀ "];

    private static readonly string[] Separators = [" ", " / ", " • ", " | ", " · ", "، ", " - ", " — "];

    private static readonly string[] CountIcons = ["👁", "💬", "❤️", "🔁"];
    private static readonly string[] CaptionSeparators = [" - ", " — ", " | ", " / ", " · "];
    private static readonly string[] PhotoWords = ["تصوير", "عدسة", "الصورة", "Photo"];
    private static readonly string[] CreditMarks = [" / ", ": ", " - ", " "];
    private static readonly string[] Openers = ["الصورة لـ", "الصور بعدسة", "الصورة للزميل", "📸 :", "تصوير:", "بعدسة"];
    private static readonly string[] BracketWords = ["صورة", "تصوير"];

    private static string Digits(int n, bool arabic) =>
        arabic ? string.Concat(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => (char)('٠' + (c - '0')))) : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static List<string> Unnamed(IEnumerable<string> lines, Func<string, string?> reason) =>
        [.. lines.Where(l => reason(l) is null)];

    private static IEnumerable<string> Rows(Random r, string[] items, int count, int min = 2)
    {
        for (var i = 0; i < count; i++)
        {
            var picked = items.OrderBy(_ => r.Next()).Take(r.Next(min, 5));
            yield return Icons[r.Next(Icons.Length)] + string.Join(Separators[r.Next(Separators.Length)], picked);
        }
    }

    [Fact]
    public void Rows_of_networks_in_any_spelling_separator_and_icon_are_share_lines()
    {
        string[] networks = ["WhatsApp", "Tumblr", "Reddit", "Pinterest", "Telegram", "Messenger", "Facebook", "Twitter", "LinkedIn", "Viber",
            "فيسبوك", "الفيسبوك", "تويتر", "واتس آب", "واتساب", "تلقرام", "تيليجرام", "تلغرام", "انستغرام", "انستقرام", "سناب", "سناب شات", "يوتيوب", "تيك توك", "لينكد إن", "ماسنجر"];
        var lines = Rows(new Random(1), networks, 300).ToList();
        Assert.Empty(Unnamed(lines, ChromeRemover.ReasonFor));
    }

    [Fact]
    public void A_network_with_the_papers_handle_or_an_invitation_to_follow_is_a_share_line()
    {
        var r = new Random(2);
        string[] networks = ["تلقرام", "تيك توك", "يوتيوب", "واتس آب", "الفيسبوك", "انستغرام", "سناب", "تويتر", "Telegram", "Instagram"];
        string[] papers = ["صدى", "المرصد", "منبر الحدث", "أخبار 24", "الخبر الآن"];
        var lines = new List<string>();
        for (var i = 0; i < 200; i++)
        {
            var net = networks[r.Next(networks.Length)];
            var icon = Icons[r.Next(Icons.Length)];
            lines.Add(r.Next(4) switch
            {
                0 => $"{icon}{net}{r.Next(3) switch { 0 => ": ", 1 => " | ", _ => " " }}@news_{r.Next(1000)}",
                1 => $"{icon}تابعوا {papers[r.Next(papers.Length)]} عبر {net}",
                2 => $"{icon}للمتابعة عبر {net} اضغط هنا",
                _ => $"{icon}شارك هذا الموضوع مع أصدقائك",
            });
        }
        Assert.Empty(Unnamed(lines, ChromeRemover.ReasonFor));
    }

    [Fact]
    public void Counts_named_alone_or_in_a_row_are_counters()
    {
        var r = new Random(3);
        string[] after = ["مشاهدة", "قراءة", "تعليق", "تعليقات", "زيارة", "إعجاب", "مشاركة", "رد", "views", "comments", "likes"];
        string[] before = ["المشاهدات", "التعليقات", "عدد القراءات", "القراءات", "عدد الزوار", "الردود", "Views", "Comments"];
        var lines = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            var parts = Enumerable.Range(0, r.Next(1, 4)).Select(_ =>
            {
                var n = Digits(r.Next(0, 90000), r.Next(2) == 0);
                return r.Next(3) switch
                {
                    0 => $"{n} {after[r.Next(after.Length)]}",
                    1 => $"{before[r.Next(before.Length)]}{(r.Next(2) == 0 ? ": " : " ")}{n}",
                    _ => $"{CountIcons[r.Next(CountIcons.Length)]} {n}",
                };
            });
            lines.Add(string.Join(Separators[1 + r.Next(Separators.Length - 1)], parts));
        }
        lines.AddRange(["1.7K", "٩٫٣M", "٧٫2k", "وقت القراءة: 3 دقائق", "٤ دقائق للقراءة", "5 min read", "منذ ٣ ساعات", "3 hours ago"]);
        Assert.Empty(Unnamed(lines, ChromeRemover.ReasonFor));
    }

    [Fact]
    public void A_description_closed_by_a_photo_credit_an_archive_note_or_an_agency_is_a_caption()
    {
        var r = new Random(4);
        string[] descriptions = ["ارتفاع مناولة الحاويات", "تدريب منسوبي جامعة الإمام", "أنقذوا ليبيا!", "هل نحن من يصدّر الإرهاب؟!!", "«هيئة تطوير الشرقية»..", "جانب من الحفل", "10 ملايين دولار كفالة"];
        string[] names = ["دانة باعشن", "م. بندر التميمي", "أ.د لمى العسيري", "د. سارة الحربي", "نواف الصاعدي"];
        string[] credits = ["Reuters", "AFP Photo", "Getty", "Getty Images", "AP Photo/Hassan Ammar", "EPA", "رويترز", "أ ف ب", "واس", "الأناضول"];
        string[] notes = ["صورة أرشيفية", "صورة من المصدر", "أرشيفية", "صورة تعبيرية", "من الأرشيف"];
        var lines = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            var d = descriptions[r.Next(descriptions.Length)];
            var sep = CaptionSeparators[r.Next(CaptionSeparators.Length)];
            lines.Add(r.Next(6) switch
            {
                0 => $"{d} ({PhotoWords[r.Next(PhotoWords.Length)]}{CreditMarks[r.Next(CreditMarks.Length)]}{names[r.Next(names.Length)]})",
                1 => $"{d}{sep}{credits[r.Next(credits.Length)]}",
                2 => $"[{d}{sep}{notes[r.Next(notes.Length)]}]",
                3 => $"{d} ({credits[r.Next(credits.Length)]})",
                4 => $"{Openers[r.Next(Openers.Length)]} {names[r.Next(names.Length)]}",
                _ => $"({BracketWords[r.Next(BracketWords.Length)]}: {names[r.Next(names.Length)]})",
            });
        }
        Assert.Empty(Unnamed(lines, ChromeRemover.ReasonFor));
    }

    // Real corpus sentences with the words these families are made of.
    [Theory]
    [InlineData("وتتابع رودجرز «سنواصل إضافة المزيد من الإمكانات للصفحات لكونها تمثل جزءا مهما لحياة المستهلك على فيسبوك».")]
    [InlineData("(رئيس الجمهورية الإيرانية حسن روحاني، على حسابه بـ«تويتر»).")]
    [InlineData("3 - تطبيق «فيسبوك» Facebook")]
    [InlineData("2. «فيسبوك ميسنجر» Facebook Messenger")]
    [InlineData("أبرز الذين تابعهم الرشيد على انستقرام")]
    [InlineData("وتريد الشركة من المحكمة أن تأمر تويتر بالاحتفاظ بجميع البيانات المتعلقة بالأمر.")]
    [InlineData("ولم يصدر اي تعليق فوري من الجيش الاسرائيلي على تقرير المنظمة.")]
    [InlineData("أولا: تحسين مهارات القراءة لأكثر من 100 مليون طفل وطفلة.")]
    [InlineData("2 - عدم وضعك لصورة شخصية")]
    [InlineData("4 - عدم وضع صورة خلفية أو أي صور أخرى")]
    [InlineData("- صورة للرئاسة العامة.")]
    [InlineData("عفيفٌ تروق الشمس صورةُ وجهه")]
    [InlineData("تعرض قبل شهرين لإصابة أثناء تصويره للمعارك في حلب وتعافى من الإصابة.")]
    [InlineData("وبحسب «رويترز» قالت الوزارة في بيان إنه من المقرر وضع الكشف الجديد على خريطة الإنتاج خلال شهرين.")]
    [InlineData("فاز الهلال على النصر 2 - 1")]
    [InlineData("1.7 مليون")]
    [InlineData("قرأت 3 كتب في رمضان")]
    public void Story_lines_with_the_same_words_are_kept(string line)
    {
        Assert.Null(ChromeRemover.ReasonFor(line));
    }
}
