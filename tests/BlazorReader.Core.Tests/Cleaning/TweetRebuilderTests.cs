using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

public class TweetRebuilderTests
{
    private static ContentBlock Tweet(string text) =>
        Assert.Single(Clean.With(text, new TweetRebuilder()).Lines, l => l.Tweet is not null).Tweet!;

    [Theory]
    [InlineData("https://t.\nco/nRuBv96uAR", "https://t.co/nRuBv96uAR")]
    [InlineData("https://t.co/nRuBv96uAR", "https://t.co/nRuBv96uAR")]
    [InlineData("pic.twitter.com/AbC123", "https://pic.twitter.com/AbC123")]
    public void Rejoins_the_tweet_link_however_it_was_broken(string link, string url)
    {
        var tweet = Tweet($"قبل التغريدة.\nWe are here. #tag\n{link}\n— Some One (@someone) November 1, 2020\nبعد التغريدة.");
        Assert.Equal(url, tweet.Url);
        Assert.Equal("We are here. #tag", tweet.Text);
    }

    // A share button's query after a status's address («?s=20&t=…») is no part of the post's link.
    [Theory]
    [InlineData("https://twitter.com/someone/status/1234567890?s=20", "https://twitter.com/someone/status/1234567890")]
    [InlineData("https://x.com/some\none/status/1234567890?s=46&t=QPi3Ge4CT6zMIdzfLfJyn2", "https://x.com/someone/status/1234567890")]
    [InlineData("https://mobile.twitter.com/someone/status/1234567890", "https://mobile.twitter.com/someone/status/1234567890")]
    public void A_status_link_loses_its_share_query(string link, string url)
    {
        var raw = $"{StoryLines.Three[0]}\nWe are here. #tag\n{link}\n— Some One (@someone) November 1, 2020\n{StoryLines.Three[1]}";
        var tweet = Assert.Single(new ArticleCleaner().Clean(new RawArticle(raw)).Blocks, b => b.Kind == BlockKind.Tweet);
        Assert.Equal(url, tweet.Url);
    }

    [Fact]
    public void Reads_author_handle_and_date_from_the_signature()
    {
        var tweet = Tweet("نص عربي في التغريدة https://t.co/x1\n— وزارة الصحة (@SaudiMOH) July 21, 2015");
        Assert.Equal(("وزارة الصحة", "SaudiMOH", new DateOnly(2015, 7, 21)), (tweet.AuthorName, tweet.Handle, tweet.Date));
        Assert.Equal("https://t.co/x1", tweet.Url);
        Assert.Equal(TextDirection.Rtl, tweet.Dir);
    }

    [Fact]
    public void Gathers_an_english_tweet_written_over_several_lines()
    {
        var tweet = Tweet("مقدمة عربية للخبر.\nFirst line of the tweet\nsecond line of it\nhttps://t.co/abc\n— Name (@handle) Aug 3, 2015");
        Assert.Equal("First line of the tweet\nsecond line of it", tweet.Text);
        Assert.Equal(TextDirection.Ltr, tweet.Dir);
    }

    [Fact]
    public void Leaves_a_dash_line_that_is_no_signature_alone()
    {
        var context = Clean.With("قال الوزير — في تصريح — إن العمل مستمر.\nسطر آخر.", new TweetRebuilder());
        Assert.All(context.Lines, l => Assert.Null(l.Tweet));
    }
}

public class TweetShapeTests
{
    private const string Before = "وقال المتحدث إن الاجتماع سيعقد في الرياض الأسبوع المقبل بحضور الوزراء المعنيين.";
    private const string After = "وأضاف أن جدول الأعمال يشمل ملفات اقتصادية وسياسية عديدة تهم دول المنطقة.";

    private static ContentBlock Rebuild(string tweet, out CleaningContext context)
    {
        context = Clean.With($"{Before}\n{tweet}\n{After}", new TweetRebuilder());
        return Assert.Single(context.Lines, l => l.Tweet is not null).Tweet!;
    }

    [Theory]
    [InlineData("Our team arrived in Jeddah https://t.\nco/AbCdEf1234", "https://t.co/AbCdEf1234")]
    [InlineData("Our team arrived in Jeddah h\nttps://t.co/AbCdEf1234", "https://t.co/AbCdEf1234")]
    [InlineData("Our team arrived in Jeddah pic.twitter.\ncom/AbCdEf1234", "https://pic.twitter.com/AbCdEf1234")]
    [InlineData("Our team arrived in Jeddah\nhttps://twitter.com/some_one/sta\ntus/6234567890123\n45678", "https://twitter.com/some_one/status/623456789012345678")]
    [InlineData("Our team arrived in Jeddah\nhttps:\n//x.com/some_one/status/623456789012345678", "https://x.com/some_one/status/623456789012345678")]
    public void Joins_a_link_broken_at_any_character_whether_it_ends_the_text_line_or_stands_alone(string shape, string url)
    {
        var tweet = Rebuild(shape + "\n— Some One (@some_one) November 1, 2020", out _);
        Assert.Equal(url, tweet.Url);
        Assert.Equal("Our team arrived in Jeddah", tweet.Text);
    }

    [Fact]
    public void Keeps_the_text_of_an_arabic_tweet_whose_link_ends_its_line()
    {
        var tweet = Rebuild("نرحب بضيوف الرحمن في مكة المكرمة #الحج https://t.\nco/Zx9Yw8Vu7T\n– وزارة الحج (@HajMinistry) 1 نوفمبر 2020", out _);
        Assert.Equal("نرحب بضيوف الرحمن في مكة المكرمة #الحج", tweet.Text);
        Assert.Equal("https://t.co/Zx9Yw8Vu7T", tweet.Url);
        Assert.Equal(TextDirection.Rtl, tweet.Dir);
        Assert.Equal(new DateOnly(2020, 11, 1), tweet.Date);
    }

    [Theory]
    [InlineData("— Name (@handle) Nov 1, 2020", 2020, 11, 1)]
    [InlineData("– Name (@handle) ١ نوفمبر ٢٠٢٠", 2020, 11, 1)]
    [InlineData("- Name (@handle) 3 تشرين الثاني 2019", 2019, 11, 3)]
    [InlineData("— الاسم (@handle) يوليو 22، 2013", 2013, 7, 22)]
    public void Reads_the_date_in_english_or_arabic_month_names(string signature, int y, int m, int d)
    {
        var tweet = Rebuild("Stay tuned for more https://t.co/AbCdEf1234\n" + signature, out _);
        Assert.Equal(new DateOnly(y, m, d), tweet.Date);
    }

    [Fact]
    public void Rebuilds_a_tweet_whose_signature_has_no_date()
    {
        var tweet = Rebuild("Stay tuned for more\nhttps://t.co/AbCdEf1234\n— Name (@handle)", out _);
        Assert.Null(tweet.Date);
        Assert.Equal("handle", tweet.Handle);
    }

    [Fact]
    public void Gathers_a_tweet_written_over_lines_cut_inside_its_sentence()
    {
        var tweet = Rebuild("تستقبل المملكة هذا العام أعدادا كبيرة من الحجاج القادمين من\nمختلف دول العالم عبر المنافذ الجوية والبرية والبحرية كافة\nhttps://t.co/AbCdEf1234\n— Name (@handle) Nov 1, 2020", out _);
        Assert.StartsWith("تستقبل المملكة", tweet.Text, StringComparison.Ordinal);
        Assert.EndsWith("كافة", tweet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Gathers_an_arabic_tweet_wrapped_in_lines_of_forty_to_sixty_letters_whose_link_ends_its_text()
    {
        var tweet = Rebuild("وواصل العراقيون التظاهر للأسبوع الثاني على التوالي، احتجاجًا\nعلى نقص الخدمات في الوقت الذي تعاني منه البلاد كلها\nمن ارتفاع حرارة غير مسبوق. #KSA https://x.com/someone/status/938497649176744315\n- إبراهيم المالكي (@someone) Feb 1, 2020", out _);
        Assert.StartsWith("وواصل العراقيون", tweet.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("خلال الجولة")]
    [InlineData("الأستاذ الصقيه خلال تفقده بعض المدارس")]
    public void Leaves_a_short_line_above_the_tweet_in_the_body(string line)
    {
        Rebuild($"{line}\nStay tuned for more\nhttps://t.co/AbCdEf1234\n— Name (@handle) Nov 1, 2020", out var context);
        Assert.Contains(context.Lines, l => l.Tweet is null && l.Text == line);
    }

    [Fact]
    public void Leaves_a_vocalised_verse_above_the_tweet_in_the_body()
    {
        const string verse = "أَلاَ لاَ يَجْهَلَـنَّ أَحَـدٌ عَلَيْنَـا فَنَجْهَـلَ فَوْقَ جَهْلِ الجَاهِلِيْنَـا";
        Rebuild($"{verse}\nحافظ على اتصال العين عند التحدث مع غيرك في الاجتماعات\nhttps://t.co/AbCdEf1234\n— Name (@handle) Nov 1, 2020", out var context);
        Assert.Contains(context.Lines, l => l.Tweet is null && l.Text == verse);
    }
}
