using BlazorReader.Core.Articles;

namespace BlazorReader.Core.Tests.Articles;

public class SlugTests
{
    [Theory]
    [InlineData("أذربيجان تستعيد قرى في قره باغ", "أذربيجان-تستعيد-قرى-في-قره-باغ")]
    [InlineData("مُـدَرِّسَةٌ  جديدة!", "مدرسة-جديدة")]
    [InlineData("Zouaves Paris: فرنسا", "zouaves-paris-فرنسا")]
    [InlineData("...", "article")]
    public void Keeps_letters_and_digits_joined_by_dashes(string title, string expected)
    {
        Assert.Equal(expected, Slug.From(title));
    }

    [Fact]
    public void Is_at_most_80_characters()
    {
        var title = string.Join(' ', Enumerable.Repeat("كلمة", 60));
        Assert.True(Slug.From(title).Length <= 80);
    }
}
