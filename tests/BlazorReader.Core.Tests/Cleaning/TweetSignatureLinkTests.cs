using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// The status link printed on the signature line itself, after the date or glued before the
// dash, broken at any character; and the short tag lines that close a tweet's text.
public class TweetSignatureLinkTests
{
    private const string Before = "وقال المتحدث إن الاجتماع سيعقد في الرياض الأسبوع المقبل بحضور الوزراء المعنيين.";
    private const string After = "وأضاف أن جدول الأعمال يشمل ملفات اقتصادية وسياسية عديدة تهم دول المنطقة.";
    private const string Text = "وأكد الوزير أن العمل في المشروع سيبدأ خلال الأشهر المقبلة وفق الجدول المعتمد.";
    private const string Url = "https://mobile.twitter.com/some_one/status/9853535814258884210";

    public static TheoryData<int> Cuts() => [.. Enumerable.Range(1, Url.Length - 1)];

    private static CleaningContext Rebuild(string tweet) => Clean.With($"{Before}\n{tweet}\n{After}", new TweetRebuilder(), new RelayedTweetRebuilder());

    private static ContentBlock TweetOf(CleaningContext context) => Assert.Single(context.Lines, l => l.Tweet is not null).Tweet!;

    [Theory]
    [MemberData(nameof(Cuts))]
    public void A_link_after_the_date_cut_anywhere_is_joined_whole(int cut)
    {
        var context = Rebuild($"{Text}\n— وزارة الخارجية (@some_one) August 10, 2015 {Url[..cut]}\n{Url[cut..]}");
        var tweet = TweetOf(context);
        Assert.Equal((Text, Url, "some_one", new DateOnly(2015, 8, 10)), (tweet.Text, tweet.Url, tweet.Handle, tweet.Date));
        Assert.Equal([Before, Text, After], context.Lines.Select(l => l.Text));
    }

    [Theory]
    [InlineData(8)]
    [InlineData(30)]
    [InlineData(50)]
    public void A_link_after_a_signature_without_a_date_is_joined_over_three_lines(int cut)
    {
        var tweet = TweetOf(Rebuild($"{Text}\n- قناة الأخبار (@some_one) {Url[..cut]}\n{Url[cut..(cut + 5)]}\n{Url[(cut + 5)..]}"));
        Assert.Equal((Url, (DateOnly?)null), (tweet.Url, tweet.Date));
    }

    [Theory]
    [InlineData("—")]
    [InlineData("–")]
    [InlineData(" - ")]
    public void A_link_whose_end_sits_before_the_dash_is_joined_with_its_start_above(string dash)
    {
        var tweet = TweetOf(Rebuild($"{Text} {Url[..20]}\n{Url[20..40]}\n{Url[40..]}{dash}سعد الشمري (@some_one) ٣٠ يوليو 2,015"));
        Assert.Equal((Text, Url, new DateOnly(2015, 7, 30)), (tweet.Text, tweet.Url, tweet.Date));
    }

    [Fact]
    public void A_hyphenated_word_before_a_handle_is_no_glued_signature()
    {
        var context = Rebuild("أعلنت شركة Al-Name (@some_one) عن نتائجها الفصلية يوم أمس في مؤتمر صحفي.");
        Assert.All(context.Lines, l => Assert.Null(l.Tweet));
    }

    [Theory]
    [InlineData("via @skfbzx #السعودية")]
    [InlineData("cc @yjdtmn")]
    [InlineData("# @rwzryg #عاجل")]
    [InlineData("📍 غزة")]
    [InlineData("التفاصيل 👇 #مصر")]
    [InlineData("🇸🇦🇸🇦")]
    public void A_tag_line_closes_the_text_above_it(string tags)
    {
        var tweet = TweetOf(Rebuild($"{Text}\n{tags} https://t.co/AbCdEf1234\n— مكتب الإعلام (@some_one) 25 يوليو 2015"));
        Assert.Equal($"{Text}\n{tags}", tweet.Text);
    }

    [Fact]
    public void A_short_sentence_of_its_own_is_the_whole_tweet()
    {
        var tweet = TweetOf(Rebuild($"{Text}\nWe are here. #tag https://t.co/AbCdEf1234\n— مكتب الإعلام (@some_one) 25 يوليو 2015"));
        Assert.Equal("We are here. #tag", tweet.Text);
    }

    [Fact]
    public void A_line_that_opens_as_a_paragraph_above_a_tweet_s_own_link_is_the_tweet()
    {
        var tweet = TweetOf(Rebuild($"{Text} t.co/\nfJrqAKXzd4"));
        Assert.Equal((Text, "https://t.co/fJrqAKXzd4", (string?)null), (tweet.Text, tweet.Url, tweet.Handle));
    }

    [Fact]
    public void A_word_before_the_dash_that_makes_no_link_is_the_tweet_s_text()
    {
        var tweet = TweetOf(Rebuild("Thanks — Some One (@some_one) November 1, 2020"));
        Assert.Equal(("Thanks", "some_one"), (tweet.Text, tweet.Handle));
    }
}
