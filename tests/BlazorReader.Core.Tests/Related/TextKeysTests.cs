using BlazorReader.Core.Related;

namespace BlazorReader.Core.Tests.Related;

public class TextKeysTests
{
    private static readonly DateTime Day = new(2015, 7, 21, 0, 0, 0, DateTimeKind.Utc);

    private static int KeyAfterAdding(TextKeys keys, int id, string body, string source) =>
        keys.Add(id, TextKeys.Hash(new RelatedDocument(id, "", body, source, Day)));

    [Theory]
    [InlineData("okaz", "الإمارات العربية المتحدة", "okaz", "الامارات العربيه المتحده", 1)]
    [InlineData("okaz", "الإمارات العربية المتحدة", "riyadh", "الإمارات العربية المتحدة", 2)]
    [InlineData("okaz", "الإمارات العربية المتحدة", "okaz", "المملكة العربية السعودية", 2)]
    [InlineData("okaz", "", "okaz", "", 2)]
    public void Gives_one_key_to_one_papers_text_under_two_ids(string firstSource, string firstBody, string secondSource, string secondBody, int expectedKey)
    {
        var keys = new TextKeys();
        KeyAfterAdding(keys, 1, firstBody, firstSource);
        Assert.Equal(expectedKey, KeyAfterAdding(keys, 2, secondBody, secondSource));
    }

    [Fact]
    public void The_second_copy_keys_the_text_once_the_first_is_removed()
    {
        var keys = new TextKeys();
        KeyAfterAdding(keys, 1, "الإمارات العربية المتحدة", "okaz");
        KeyAfterAdding(keys, 2, "الامارات العربيه المتحده", "okaz");
        KeyAfterAdding(keys, 3, "الإمارات العربية المتحدة", "okaz");

        keys.Remove(1);

        Assert.Equal([1, 2, 2], new[] { 1, 2, 3 }.Select(keys.KeyOf));
    }
}
