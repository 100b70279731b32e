using BlazorReader.Core.Arabic;

namespace BlazorReader.Core.Tests.Arabic;

public class ArabicLightStemmerTests
{
    private static string Stem(string written) => ArabicLightStemmer.Stem(ArabicNormalizer.Normalize(written));

    [Theory]
    [InlineData("المدارس", "مدارس")]
    [InlineData("والمدارس", "مدارس")]
    [InlineData("بالمدارس", "مدارس")]
    [InlineData("فالمدارس", "مدارس")]
    [InlineData("كالمدارس", "مدارس")]
    [InlineData("للمدارس", "مدارس")]
    [InlineData("وبالمدارس", "مدارس")]
    [InlineData("وللمدارس", "مدارس")]
    public void Removes_the_article_with_its_stacked_proclitics(string written, string expected) =>
        Assert.Equal(expected, Stem(written));

    [Theory]
    [InlineData("ومدارس", "مدارس")]
    [InlineData("فمدارس", "مدارس")]
    [InlineData("بمدارس", "مدارس")]
    [InlineData("لمدارس", "مدارس")]
    [InlineData("كمدارس", "مدارس")]
    [InlineData("وبمدارس", "مدارس")]
    public void Removes_single_letter_proclitics(string written, string expected) =>
        Assert.Equal(expected, Stem(written));

    [Theory]
    [InlineData("كتابها", "كتاب")]
    [InlineData("كتابهم", "كتاب")]
    [InlineData("كتابهما", "كتاب")]
    [InlineData("كتابهن", "كتاب")]
    [InlineData("كتابنا", "كتاب")]
    [InlineData("كتابه", "كتاب")]
    public void Removes_pronoun_enclitics(string written, string expected) =>
        Assert.Equal(expected, Stem(written));

    [Theory]
    [InlineData("المعلمات", "معلم")]
    [InlineData("المعلمون", "معلم")]
    [InlineData("المعلمين", "معلم")]
    [InlineData("المعلمان", "معلم")]
    [InlineData("السعودية", "سعود")]
    [InlineData("السعودي", "سعود")]
    [InlineData("المدرسة", "مدرس")]
    public void Removes_inflectional_endings(string written, string expected) =>
        Assert.Equal(expected, Stem(written));

    [Theory]
    [InlineData("مدرستها", "مدرس")]
    [InlineData("حكومتهم", "حكوم")]
    public void Restores_taa_marbuta_before_a_pronoun(string written, string expected) =>
        Assert.Equal(expected, Stem(written));

    [Theory]
    [InlineData("وزارة", "وزار")]
    [InlineData("وزارتها", "وزار")]
    [InlineData("بيان", "بيان")]
    [InlineData("فيلم", "فيلم")]
    [InlineData("كتاب", "كتاب")]
    [InlineData("لبنان", "لبن")]
    [InlineData("والده", "والد")]
    [InlineData("التزام", "التزام")]
    public void Keeps_a_first_letter_that_only_looks_like_a_clitic(string written, string expected) =>
        Assert.Equal(expected, Stem(written));

    [Theory]
    [InlineData("وبيان", "بيان")]
    [InlineData("وللبنان", "لبن")]
    [InlineData("والوزارة", "وزار")]
    public void Removes_a_real_clitic_in_front_of_a_guarded_word(string written, string expected) =>
        Assert.Equal(expected, Stem(written));

    [Theory]
    [InlineData("وقت")]
    [InlineData("بلد")]
    [InlineData("لكم")]
    [InlineData("الف")]
    public void Leaves_at_least_a_three_letter_stem(string written) =>
        Assert.Equal(ArabicNormalizer.Normalize(written), Stem(written));

    [Fact]
    public void Leaves_latin_words_alone() => Assert.Equal("fifa", ArabicLightStemmer.Stem("fifa"));
}
