using System.Globalization;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Flattened tweets in every shape scraping leaves them, generated: text in Arabic, English or
// both, one to three lines, a reply or not; the link on its own lines or ending the text line,
// cut at any character over two or three lines; t.co, pic.twitter.com, pic.x.com, twitter.com
// and x.com status links with or without their scheme; a signature with «—», «–» or «-» and a
// date in English, Gulf, Levant or Maghreb month names with either digits, or none. Below a
// story line of every look a story ends on (a sentence, a question, a quote, a heading, an
// introduction ending in «:»). The text is never the link, the link is whole, the story line
// is never taken into the tweet. Story lines are real corpus text (SaudiNewsNet, Mazen
// Abdulaziz, CC BY-NC-SA 4.0).
public class TweetShapeFamilyTests
{
    private static readonly string[] StoryLines =
    [
        "أنهت إدارة نادي النهضة اجراءات التعاقد مع الظهير الايمن وليد الرجاء والمدافع عبدالعزيز الكسار بحضور عضو الإدارة محمد النهدي ومدير الكرة فؤاد السليم.",
        "وكانت تدعو خصوصا إلى رفع الحظر الاقتصادي المفروض على الجزيرة الشيوعية منذ عام 1962.",
        "وقالت: «لا يمكننا العودة إلى سياسة فشلت، داعية الجمهوريين إلى الاستماع لمطالب الشعب الكوبي».",
        "كيف تقرأ تعيين الإدارة الامريكية لمايكل راتناي كثالث مبعوث لها إلى سوريا؟",
        "وكتب ياسر الفهمي عبر حسابه الإلكتروني الشخصي بموقع التواصل الاجتماعي «تويتر»:",
        "وفيما يلي إغلاق مؤشرات أسواق الأسهم في الشرق الأوسط:",
        "ضيق المسارات",
        "خطة استراتيجية",
        "ملفات الطرق وخدمات الأحياء",
        "وأطلق المغردون وسم #الرياض_الآن للتعبير عن فرحتهم بالإنجاز.",
    ];

    private static readonly string[] ArabicTexts =
    [
        "نرحب بضيوف الرحمن في مكة المكرمة ونسأل الله أن يتقبل منهم حجهم",
        "الحمد لله على سلامة جميع المصابين في الحادث، وشكرا لرجال الدفاع المدني على سرعة الاستجابة",
        "اجتماع مثمر اليوم مع وزير الخارجية لبحث تعزيز العلاقات الثنائية بين البلدين الشقيقين",
        "فخورون بأبطالنا في المنتخب الأول",
    ];

    private static readonly string[] EnglishTexts =
    [
        "Our team arrived in Jeddah for the final match. Proud moment!",
        "Great talks with everyone who came today",
        "Huge thanks to the health workers in Riyadh and Makkah for everything they did this week",
    ];

    private static readonly string[] Tags = ["", "", " #KSA", " #عاجل", " 🇸🇦"];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 400)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_generated_tweet_is_rebuilt_with_a_whole_link_and_no_story_line(int seed)
    {
        var shape = TweetShape.Make(new Random(seed));
        var context = Clean.With(shape.Raw, new TweetRebuilder());
        var tweet = Assert.Single(context.Lines, l => l.Tweet is not null).Tweet!;

        Assert.Equal(shape.Url, tweet.Url);
        Assert.Equal(shape.Handle, tweet.Handle);
        Assert.Equal(shape.Date, tweet.Date);
        Assert.NotEmpty(tweet.Text);
        Assert.DoesNotContain("t.co/", tweet.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(".com/", tweet.Text, StringComparison.OrdinalIgnoreCase);
        // Never more than the tweet: its text, or its last lines when the first stayed a paragraph.
        Assert.EndsWith(tweet.Text, shape.Text, StringComparison.Ordinal);
        Assert.Contains(shape.Story, context.BodyLines());
        Assert.Contains(shape.After, context.BodyLines());
        if (!shape.Text.Contains('\n', StringComparison.Ordinal))
        {
            Assert.Equal(shape.Text, tweet.Text);
        }
    }

    [Theory]
    [InlineData("https://t.co/AbCdEf1234")]
    [InlineData("pic.twitter.com/AbCdEf1234")]
    [InlineData("https://twitter.com/some_one/status/1234567890123456789")]
    [InlineData("https://x.com/some_one/status/1234567890123456789")]
    [InlineData("x.com/some_one/status/1234567890123456789")]
    [InlineData("pic.x.com/AbCdEf1234")]
    public void A_link_cut_at_every_character_is_joined_whole_on_its_own_line_or_ending_the_text(string link)
    {
        var url = link.StartsWith("http", StringComparison.Ordinal) ? link : "https://" + link;
        for (var cut = 1; cut < link.Length; cut++)
        {
            foreach (var glued in new[] { false, true })
            {
                var text = "نرحب بضيوف الرحمن في مكة المكرمة";
                var pieces = glued ? $"{text} {link[..cut]}\n{link[cut..]}" : $"{text}\n{link[..cut]}\n{link[cut..]}";
                var context = Clean.With($"{StoryLines[0]}\n{pieces}\n— وزارة الحج (@some_one) 1 نوفمبر 2020\n{StoryLines[1]}", new TweetRebuilder());
                var tweet = Assert.Single(context.Lines, l => l.Tweet is not null).Tweet!;
                Assert.Equal((url, text), (tweet.Url, tweet.Text));
            }
        }
    }

    [Theory]
    [InlineData("1 نونبر 2020", 2020, 11, 1)]
    [InlineData("١ جانفي ٢٠٢١", 2021, 1, 1)]
    [InlineData("12 جويلية 2019", 2019, 7, 12)]
    [InlineData("3 غشت 2018", 2018, 8, 3)]
    [InlineData("٣ أوت ٢٠١٨", 2018, 8, 3)]
    [InlineData("5 شتنبر 2017م", 2017, 9, 5)]
    [InlineData("٢٠ كانون ثاني ٢٠١٦", 2016, 1, 20)]
    [InlineData("دجنبر 9، 2015", 2015, 12, 9)]
    public void Reads_maghreb_and_levant_month_names_in_either_digits(string date, int year, int month, int day)
    {
        var context = Clean.With($"{StoryLines[0]}\nفخورون بأبطالنا https://t.co/AbCdEf1234\n– نادي الهلال (@Alhilal_FC) {date}", new TweetRebuilder());
        var tweet = Assert.Single(context.Lines, l => l.Tweet is not null).Tweet!;
        Assert.Equal(new DateOnly(year, month, day), tweet.Date);
    }

    // A broken story line (ending on a comma or mid-phrase) above a text that opens as a
    // paragraph of its own: the line is the story's, however unfinished it looks.
    [Theory]
    [InlineData("وأشادت اللجنة بدور المجالس البلدية المنتخبة في دورتيها الأولى والثانية التي تمثل صوت المواطن المسموع وأهمية مشاركته المستمرة في اتخاذ القرار،")]
    [InlineData("استقبل صاحب السمو الملكي الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة")]
    [InlineData("تبدأ بالرمز (71) ثم مسافة ثم نص الرسالة إلى")]
    public void An_unfinished_story_line_stays_above_a_text_that_opens_a_paragraph(string story)
    {
        var context = Clean.With($"{story}\nوأكد الوزير أن العمل مستمر في جميع المشاريع https://t.co/AbCdEf1234\n— وزارة الإسكان (@Housing) 1 نوفمبر 2020", new TweetRebuilder());
        var tweet = Assert.Single(context.Lines, l => l.Tweet is not null).Tweet!;
        Assert.Equal("وأكد الوزير أن العمل مستمر في جميع المشاريع", tweet.Text);
        Assert.Contains(story, context.BodyLines());
    }

    [Theory]
    [InlineData("وأشار التقرير الصادر أمس إلى أن معظم الزيادة\nللقروض طرأت في جانب القروض الاستهلاكية والعقارية\nللأفراد التي زادت بنسبة كبيرة", TextDirection.Rtl)]
    [InlineData("وأضافت الدراسة أن إيمان المواطنين في فرنسا وبريطانيا بالنظام الديمقراطي\nوالنظام الاقتصادي الحر يشهد تراجعا أيضا. The new stadium opened\nthe season in the summit.", TextDirection.Rtl)]
    [InlineData("الجدير بالذكر أن المملكة سبق أن تلقت طلبا رسميا\nمن مجموعة العمل المالي بالانضمام إلى المجموعة\nالتي Huge thanks to everyone who came", TextDirection.Rtl)]
    public void Gathers_a_text_broken_mid_sentence_over_three_lines_and_reads_its_direction_from_all_of_it(string text, TextDirection dir)
    {
        var context = Clean.With($"{StoryLines[1]}\n{text} https://t.\nco/AbCdEf1234\n- Some One (@some_one) Nov 1, 2020\n{StoryLines[0]}", new TweetRebuilder());
        var tweet = Assert.Single(context.Lines, l => l.Tweet is not null).Tweet!;
        Assert.Equal((text, dir), (tweet.Text, tweet.Dir));
    }

    private sealed record TweetShape(string Raw, string Story, string After, string Text, string? Url, string Handle, DateOnly? Date)
    {
        public static TweetShape Make(Random r)
        {
            T Pick<T>(params T[] items) => items[r.Next(items.Length)];
            var story = Pick(StoryLines);
            var after = StoryLines[(Array.IndexOf(StoryLines, story) + 1 + r.Next(3)) % 3];
            var text = r.Next(3) switch
            {
                0 => Pick(ArabicTexts),
                1 => Pick(EnglishTexts),
                _ => Pick(ArabicTexts) + " " + Pick(EnglishTexts),
            } + Pick(Tags);
            var handle = Pick("SaudiMOH", "some_one", "x1_news", "Alhilal_FC");
            if (r.Next(4) == 0)
            {
                text = "@" + Pick("reply_to", "ab12") + " " + text;
            }
            var textLines = Split(text, text.Length > 50 ? Pick(1, 2, 3) : 1);
            var (link, url) = Link(r, handle);
            var lines = new List<string>(textLines);
            if (link is not null)
            {
                var pieces = Cut(r, link);
                if (r.Next(2) == 0)
                {
                    lines[^1] += " " + pieces[0];
                    lines.AddRange(pieces.Skip(1));
                }
                else
                {
                    lines.AddRange(pieces);
                }
            }
            var (dateText, date) = PrintedDateOf(r);
            lines.Add($"{Pick("—", "–", "-")}{Pick(" ", "")}{Pick("وزارة الصحة", "Some One", "أ.د هشام الخالدي")} (@{handle}){(dateText.Length > 0 ? " " + dateText : "")}");
            var raw = string.Join("\n", [story, .. lines, after]);
            return new TweetShape(raw, story, after, string.Join("\n", textLines), url, handle, date);
        }

        private static List<string> Split(string text, int count)
        {
            var words = text.Split(' ');
            var size = (int)Math.Ceiling(words.Length / (double)count);
            return [.. words.Chunk(size).Select(c => string.Join(' ', c))];
        }

        private static (string? Link, string? Url) Link(Random r, string handle)
        {
            var status = "1" + string.Concat(Enumerable.Range(0, 18).Select(_ => (char)('0' + r.Next(10))));
            var id = string.Concat(Enumerable.Range(0, 10).Select(_ => "AbCdEfGh12345xyZ"[r.Next(16)]));
            var link = r.Next(9) switch
            {
                0 => null,
                1 => "https://t.co/" + id,
                2 => "http://t.co/" + id,
                3 => "pic.twitter.com/" + id,
                4 => "pic.x.com/" + id,
                5 => "https://twitter.com/" + handle + "/status/" + status,
                6 => "https://mobile.twitter.com/" + handle + "/status/" + status,
                7 => "https://x.com/" + handle + "/status/" + status,
                _ => "x.com/" + handle + "/status/" + status,
            };
            return (link, link is null || link.StartsWith("http", StringComparison.Ordinal) ? link : "https://" + link);
        }

        // One or two cuts anywhere, the scheme, the host and the status id included.
        private static List<string> Cut(Random r, string link)
        {
            var cuts = Enumerable.Range(0, r.Next(3)).Select(_ => 1 + r.Next(link.Length - 1)).Distinct().Order().ToList();
            var pieces = new List<string>();
            var from = 0;
            foreach (var cut in cuts)
            {
                pieces.Add(link[from..cut]);
                from = cut;
            }
            pieces.Add(link[from..]);
            return pieces;
        }

        private static (string Text, DateOnly? Date) PrintedDateOf(Random r)
        {
            if (r.Next(6) == 0)
            {
                return ("", null);
            }
            var d = new DateOnly(2011 + r.Next(12), 1 + r.Next(12), 1 + r.Next(28));
            string[] english = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
            string[] gulf = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
            string[] levant = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];
            string[] maghreb = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"];
            string[] algeria = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
            var indic = r.Next(2) == 0;
            string N(int v) => indic ? string.Concat(v.ToString(CultureInfo.InvariantCulture).Select(c => (char)(c - '0' + '\u0660'))) : v.ToString(CultureInfo.InvariantCulture);
            var m = d.Month - 1;
            var text = r.Next(7) switch
            {
                0 => $"{english[m]} {d.Day}, {d.Year}",
                1 => $"{english[m][..3]} {d.Day}, {d.Year}",
                2 => $"{d.Day} {english[m]} {d.Year}",
                3 => $"{N(d.Day)} {gulf[m]} {N(d.Year)}",
                4 => $"{N(d.Day)} {levant[m]} {N(d.Year)}",
                5 => $"{N(d.Day)} {maghreb[m]} {N(d.Year)}",
                _ => $"{algeria[m]} {N(d.Day)}، {N(d.Year)}",
            };
            return (text, d);
        }
    }
}
