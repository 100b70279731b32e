using BlazorReader.Bench.Cleaning;
using BlazorReader.Core.Articles;

namespace BlazorReader.Bench.Tests.Cleaning;

public class ArticleScoreTests
{
    private const string One = "أعلنت وزارة الصحة اليوم تسجيل حالات جديدة في عدة مناطق.";
    private const string Two = "وقالت الوزارة إن الفرق الطبية تتابع الحالات وتقدم الرعاية.";
    private static readonly NoisePiece Footer = new(NoiseKind.Footer, ["© 2015 صحيفة عكاظ"]);

    private static DressedArticle Dressed() => new(new RawArticle($"{One}\n{Two}\n© 2015 صحيفة عكاظ"), "#1",
        [new ExpectedBlock(BlockKind.Paragraph, One), new ExpectedBlock(BlockKind.Paragraph, Two)], [Footer], null, Undressed: false);

    private static CleanedArticle Cleaned(IReadOnlyList<string> body, params RemovedFragment[] removed) =>
        new("t", false, null, null, null, null, false, [.. body.Select(t => new ContentBlock(BlockKind.Paragraph, t, TextDirection.Rtl))], [], removed);

    [Fact]
    public void The_article_as_it_was_with_its_noise_gone_is_fully_right()
    {
        var score = new ArticleScore(Dressed(), Cleaned([One, Two], new RemovedFragment("© 2015 صحيفة عكاظ", "copyright", 2)));
        Assert.True(score.FullyRight);
        Assert.True(Assert.Single(score.Pieces).Removed);
    }

    [Fact]
    public void A_paragraph_taken_out_is_counted_lost_and_its_removal_as_body_text()
    {
        var score = new ArticleScore(Dressed(), Cleaned([One], new RemovedFragment(Two, "teaser", 1), new RemovedFragment("© 2015 صحيفة عكاظ", "copyright", 2)));
        Assert.Equal([Two], score.Lost);
        Assert.Contains(score.Removals, r => r.IsBody && r.Reason == "teaser");
        Assert.False(score.FullyRight);
    }

    [Fact]
    public void Noise_left_in_the_body_is_named_by_its_kind()
    {
        var score = new ArticleScore(Dressed(), Cleaned([One, Two, "© 2015 صحيفة عكاظ"]));
        Assert.Equal(("Footer", "© 2015 صحيفة عكاظ"), Assert.Single(score.Left));
        Assert.False(Assert.Single(score.Pieces).Removed);
    }

    [Fact]
    public void Noise_glued_to_a_paragraph_leaves_the_paragraph_whole_but_not_right()
    {
        var score = new ArticleScore(Dressed(), Cleaned([One, Two + " ...المزيد"]));
        Assert.Empty(score.Lost);
        Assert.NotEmpty(score.Left);
    }

    // «…الرعاية...التفاصيل»: the page's dots ran into the story's stop, so where the sentence ended
    // is not written; a paragraph back without its stop is whole. Where a line break or a space
    // set the stop apart, it was written, and the paragraph without it is not the story's.
    [Theory]
    [InlineData("..التفاصيل", true)]
    [InlineData("…المزيد", true)]
    [InlineData(" ..التفاصيل", false)]
    [InlineData("\n..التفاصيل", false)]
    public void A_last_stop_is_forgiven_only_where_the_pages_dots_ran_into_it(string link, bool forgiven)
    {
        var dressed = new DressedArticle(new RawArticle($"{One}\n{Two}{link}"), "#1",
            [new ExpectedBlock(BlockKind.Paragraph, One), new ExpectedBlock(BlockKind.Paragraph, Two)], [new NoisePiece(NoiseKind.MoreLink, [link.Trim()], Glued: true)], null, Undressed: false);

        var score = new ArticleScore(dressed, Cleaned([One, Two[..^1]]));

        Assert.Equal(forgiven, score.Lost.Count == 0);
        Assert.Equal(forgiven ? 1 : 0, score.LastStopUnwritten);
    }
}
