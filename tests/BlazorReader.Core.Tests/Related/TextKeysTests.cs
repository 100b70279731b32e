using System.Globalization;
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

        Assert.Equal([1, 2, 2], Enumerable.Range(1, 3).Select(keys.KeyOf));
    }

    // "+id hash" adds, "-id" removes; expected: the keys of ids 1-4 afterwards.
    [Theory]
    [InlineData("+1 7,+2 7,+3 7,-1", new[] { 1, 2, 2, 4 })]
    [InlineData("+1 7,+2 7,+3 7,-2", new[] { 1, 2, 1, 4 })]
    [InlineData("+1 7,+2 7,-1,-2,+3 7", new[] { 1, 2, 3, 4 })]
    [InlineData("+1 7,-1,+2 7,+1 7", new[] { 2, 2, 3, 4 })]
    [InlineData("+1 7,+2 8,+3 7,+4 8,-1,-2", new[] { 1, 2, 3, 4 })]
    [InlineData("+1 7,+2 7,+3 7,-1,-2", new[] { 1, 2, 3, 4 })]
    [InlineData("+1 7,+1 8", new[] { 1, 2, 3, 4 })]
    public void Keys_follow_arrival_order_through_removes(string steps, int[] expected)
    {
        var keys = new TextKeys();
        foreach (var step in steps.Split(','))
        {
            var parts = step[1..].Split(' ');
            if (step[0] == '+')
            {
                keys.Add(int.Parse(parts[0], CultureInfo.InvariantCulture), ulong.Parse(parts[1], CultureInfo.InvariantCulture));
            }
            else
            {
                keys.Remove(int.Parse(parts[0], CultureInfo.InvariantCulture));
            }
        }

        Assert.Equal(expected, Enumerable.Range(1, 4).Select(keys.KeyOf));
    }
}
