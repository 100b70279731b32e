using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// Tweets relayed with the author on a line above the text, generated from shapes: the heading
// with or without a name, a verb («غرد», «كتب», «tweeted»), a bird, brackets, a colon or a
// relative time; text in Arabic or English over one or two lines; the link (t.co, picture,
// status) on lines below or ending the text, cut at any character, or none when the heading
// says it relays. Story lines round it are real corpus text (SaudiNewsNet, Mazen Abdulaziz,
// CC BY-NC-SA 4.0) and stay; follow and contact lines that name a handle make no tweet.
public class RelayedTweetTests
{
    private static readonly string[] Story =
    [
        "أنهت إدارة نادي النهضة اجراءات التعاقد مع الظهير الايمن وليد الرجاء والمدافع عبدالعزيز الكسار بحضور عضو الإدارة محمد النهدي ومدير الكرة فؤاد السليم.",
        "وكانت تدعو خصوصا إلى رفع الحظر الاقتصادي المفروض على الجزيرة الشيوعية منذ عام 1962.",
        "وقالت: «لا يمكننا العودة إلى سياسة فشلت، داعية الجمهوريين إلى الاستماع لمطالب الشعب الكوبي».",
    ];

    private static readonly string[] Texts =
    [
        "نرحب بضيوف الرحمن في مكة المكرمة ونسأل الله أن يتقبل منهم حجهم",
        "اجتماع مثمر اليوم مع وزير الخارجية لبحث تعزيز العلاقات الثنائية بين البلدين الشقيقين",
        "Our team arrived in Jeddah for the final match. Proud moment!",
        "Talks on the new agreement resumed this morning in Muscat",
    ];

    private static readonly string[] Names = ["", "نورة القحطاني", "وزارة الصحة", "Fatima Garcia", "أ. خالد الدوسري"];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 300)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_relayed_tweet_is_rebuilt_and_the_story_round_it_stays(int seed)
    {
        var r = new Random(seed);
        T Pick<T>(params T[] items) => items[r.Next(items.Length)];
        var handle = Pick("JCMNews", "OMP_Official", "bps_nmmp", "x1_news");
        var (heading, marked, name) = Heading(r, Pick(Names), handle);
        var text = Pick(Texts);
        var textLines = text.Length > 50 && r.Next(2) == 0 ? Halves(text) : [text];
        var id = string.Concat(Enumerable.Range(0, 10).Select(_ => "AbCdEfGh12345xyZ"[r.Next(16)]));
        var link = Pick<string?>(marked ? null : "https://t.co/" + id, "https://t.co/" + id, "pic.twitter.com/" + id, $"https://mobile.twitter.com/{handle}/status/1601725651893132569");
        var lines = new List<string>(textLines);
        if (link is not null)
        {
            var cut = 1 + r.Next(link.Length - 1);
            if (r.Next(2) == 0)
            {
                lines[^1] += " " + link[..cut];
            }
            else
            {
                lines.Add(link[..cut]);
            }
            lines.Add(link[cut..]);
        }
        if (marked && link is null)
        {
            (lines, textLines) = ([text], [text]);
        }
        var raw = string.Join("\n", [Story[0], heading, .. lines, Story[1]]);

        var context = Clean.With(raw, new TweetRebuilder(), new RelayedTweetRebuilder());

        var tweet = Assert.Single(context.Lines, l => l.Tweet is not null).Tweet!;
        Assert.Equal(string.Join("\n", textLines), tweet.Text);
        Assert.Equal(handle, tweet.Handle);
        Assert.Equal(link is null ? null : link.StartsWith("http", StringComparison.Ordinal) ? link : "https://" + link, tweet.Url);
        Assert.Equal(name.Length > 0 ? name : null, tweet.AuthorName);
        Assert.Equal([Story[0], tweet.Text, Story[1]], context.BodyLines());
    }

    [Theory]
    [InlineData("تابعونا على تويتر @site_news")]
    [InlineData("تويتر: @khalid_d")]
    [InlineData("للتواصل: khalid@mail.com")]
    [InlineData("Follow us @site_news")]
    [InlineData("خالد الدوسري @khalid_d")]
    public void A_follow_line_or_a_name_with_no_link_below_makes_no_tweet(string line)
    {
        var context = Clean.With(string.Join("\n", Story[0], line, Story[1], Story[2]), new TweetRebuilder(), new RelayedTweetRebuilder());
        Assert.DoesNotContain(context.Lines, l => l.Tweet is not null);
        Assert.Equal([Story[0], line, Story[1], Story[2]], context.BodyLines());
    }

    [Fact]
    public void A_story_sentence_that_names_a_handle_is_no_heading()
    {
        var line = "وكتب الوزير عبر حسابه @SaudiMOH أن الوزارة ستتابع التزام الشركات بالأسعار المعلنة خلال الموسم";
        var context = Clean.With(string.Join("\n", Story[0], line, "https://t.co/AbCdEf1234", Story[1]), new TweetRebuilder(), new RelayedTweetRebuilder());
        Assert.DoesNotContain(context.Lines, l => l.Tweet is not null);
        Assert.Equal([Story[0], line, "https://t.co/AbCdEf1234", Story[1]], context.BodyLines());
    }

    [Theory]
    [InlineData("سارة الحمدان · @rycjwt31 Aug 7, 2015", 2015, 8, 7)]
    [InlineData("Sarah Haddad @STAGov - ٢٧ تموز ٢٠١٥", 2015, 7, 27)]
    [InlineData("خالد الدوسري (@khalid_d) 1 نوفمبر 2020", 2020, 11, 1)]
    public void A_heading_may_date_the_tweet(string heading, int year, int month, int day)
    {
        var context = Clean.With(string.Join("\n", Story[0], heading, Texts[0] + " https://t.co/AbCdEf1234", Story[1]), new TweetRebuilder(), new RelayedTweetRebuilder());
        var tweet = Assert.Single(context.Lines, l => l.Tweet is not null).Tweet!;
        Assert.Equal((Texts[0], new DateOnly(year, month, day)), (tweet.Text, tweet.Date));
    }

    [Theory]
    [InlineData("Dec 5, 2026", true)]
    [InlineData("١٠:٣٢ م · ٥ ديسمبر ٢٠٢٦", true)]
    [InlineData("الأحد 5 ديسمبر 2026", false)]
    [InlineData("05/12/2026", false)]
    public void A_card_may_print_the_date_on_a_line_over_the_author_or_under_the_post(string when, bool over)
    {
        var heading = "سارة الحمدان @rycjwt31";
        var card = over ? new[] { when, heading, Texts[0], "https://t.co/AbCdEf1234" } : [heading, Texts[0], "https://t.co/AbCdEf1234", when];
        var context = Clean.With(string.Join("\n", [Story[0], Story[2], .. card, Story[1]]), new TweetRebuilder(), new RelayedTweetRebuilder());

        var tweet = Assert.Single(context.Lines, l => l.Tweet is not null).Tweet!;
        Assert.Equal((Texts[0], "rycjwt31", new DateOnly(2026, 12, 5)), (tweet.Text, tweet.Handle, tweet.Date));
        Assert.Equal([Story[0], Story[2], Texts[0], Story[1]], context.BodyLines());
    }

    [Theory]
    [InlineData(new[] { "منيرة الجهني", "@munira__ - 2015/7/24", "{text}", "https://twitter.com/", "munira__/status/787663329928539097" }, "منيرة الجهني", "munira__", "2015-07-24")]
    [InlineData(new[] { "{text}", "https://x.com/salman_z/status/633", "833792109537858", "— سلمان بن عبدالعزيز الزهراني", "@salman_z", "الجمعة، 24 يوليو 2015" }, "سلمان بن عبدالعزيز الزهراني", "salman_z", "2015-07-24")]
    [InlineData(new[] { "{text}", "https://twitter.com/moh_ksa/status/309627159933884943", "— وزارة الصحة", "22 July 2015" }, "وزارة الصحة", "moh_ksa", "2015-07-22")]
    [InlineData(new[] { "Fatima Miller", "@FatimaMiller", "{text}", "pic.twitter.com/v05rYOwZY2", "27/07/2015" }, "Fatima Miller", "FatimaMiller", "2015-07-27")]
    [InlineData(new[] { "Sarah Miller", "@KSANow63", "Aug 6, 2015 · 4:32 AM UTC", "{text}", "https://x.com/KSANow63/status/3042940560711334179" }, "Sarah Miller", "KSANow63", "2015-08-06")]
    public void A_card_s_name_handle_and_date_on_lines_of_their_own_fill_the_tweet(string[] card, string name, string handle, string date)
    {
        var raw = string.Join("\n", [Story[0], .. card.Select(l => l.Replace("{text}", Texts[1], StringComparison.Ordinal)), Story[1]]);
        var context = Clean.With(raw, new TweetRebuilder(), new RelayedTweetRebuilder());

        var tweet = Assert.Single(context.Lines, l => l.Tweet is not null).Tweet!;
        Assert.Equal((Texts[1], name, handle, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)), (tweet.Text, tweet.AuthorName, tweet.Handle, tweet.Date));
        Assert.Equal([Story[0], Texts[1], Story[1]], context.BodyLines());
    }

    [Theory]
    [InlineData("— James Nasser (@sharjahdesk) 1:00 AM · Oct 5, 2022")]
    [InlineData("- James Nasser (@sharjahdesk) ١٠:٣٢ م · ٥ أكتوبر ٢٠٢٢")]
    public void A_signature_with_a_card_s_clock_signs_the_tweet_above_and_heads_no_paragraph_below(string signature)
    {
        var raw = string.Join("\n", Story[0], Texts[2], "twitter.com/sharjahdesk/status/7545354617239320", signature, Story[1], Story[2]);
        var context = Clean.With(raw, new TweetRebuilder(), new RelayedTweetRebuilder());

        var tweet = Assert.Single(context.Lines, l => l.Tweet is not null).Tweet!;
        Assert.Equal((Texts[2], "James Nasser", "sharjahdesk", new DateOnly(2022, 10, 5)), (tweet.Text, tweet.AuthorName, tweet.Handle, tweet.Date));
        Assert.Equal([Story[0], Texts[2], Story[1], Story[2]], context.BodyLines());
    }

    [Theory]
    [InlineData("— تطوير البنية التحتية في المنطقة")]
    [InlineData("@ministry_news")]
    public void A_story_line_under_a_tweet_that_does_not_complete_its_card_stays(string line)
    {
        var raw = string.Join("\n", Story[0], "سارة الحمدان @rycjwt31", Texts[0], "https://t.co/AbCdEf1234", line, Story[1]);
        var context = Clean.With(raw, new TweetRebuilder(), new RelayedTweetRebuilder());

        Assert.Contains(line, context.BodyLines());
    }

    [Theory]
    [InlineData(7)]
    [InlineData(12)]
    [InlineData(20)]
    public void A_line_with_a_tweet_s_own_link_and_no_author_is_a_tweet(int cut)
    {
        var link = "https://t.co/GBwJAMQG05";
        var context = Clean.With(string.Join("\n", Story[0], Texts[3], link[..cut], link[cut..], Story[1]), new TweetRebuilder(), new RelayedTweetRebuilder());
        var tweet = Assert.Single(context.Lines, l => l.Tweet is not null).Tweet!;
        Assert.Equal((Texts[3], link, (string?)null), (tweet.Text, tweet.Url, tweet.Handle));
        Assert.Equal([Story[0], Texts[3], Story[1]], context.BodyLines());
    }

    [Fact]
    public void A_story_paragraph_longer_than_a_tweet_keeps_its_picture_link_as_text()
    {
        var paragraph = Story[0] + " " + Story[1] + " " + Story[2];
        var context = Clean.With(string.Join("\n", paragraph, "pic.twitter.com/AbCdEf1234", Story[1]), new TweetRebuilder(), new RelayedTweetRebuilder());
        Assert.DoesNotContain(context.Lines, l => l.Tweet is not null);
    }

    // The heading, whether it says it relays, and the name it shows.
    private static (string Heading, bool Marked, string Name) Heading(Random r, string name, string handle)
    {
        var n = name.Length > 0 ? name + " " : "";
        return r.Next(8) switch
        {
            0 => ($"{n}@{handle}", false, name),
            1 => ($"{n}@{handle} · {1 + r.Next(23)}h", false, name),
            2 => ($"غرد {n}@{handle}", true, name),
            3 => ($"🐦 {n}(@{handle}) :", true, name),
            4 => ($"@{handle} كتب:", true, ""),
            5 => ($"{n}(@{handle}):", true, name),
            6 => ($"{n}@{handle} tweeted:", true, name),
            _ => ($"وغرّد {n}(@{handle})", true, name),
        };
    }

    private static string[] Halves(string text)
    {
        var words = text.Split(' ');
        return [string.Join(' ', words[..(words.Length / 2)]), string.Join(' ', words[(words.Length / 2)..])];
    }
}
