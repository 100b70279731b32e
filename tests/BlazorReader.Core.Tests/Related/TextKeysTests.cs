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
}
