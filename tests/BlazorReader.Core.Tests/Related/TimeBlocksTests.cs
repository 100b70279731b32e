using System.Globalization;
using BlazorReader.Core.Related;

namespace BlazorReader.Core.Tests.Related;

public class TimeBlocksTests
{
    // A block is 64 days: the first starts on 1 January of year 1.
    [Theory]
    [InlineData("0001-01-01", 0)]
    [InlineData("0001-03-05T23:59:59", 0)]
    [InlineData("0001-03-06", 1)]
    [InlineData("2015-07-29T23:59:59", 11496)]
    [InlineData("2015-07-30", 11497)]
    public void Dates_fall_in_64_day_blocks(string date, int block) =>
        Assert.Equal(block, TimeBlocks.Of(DateTime.Parse(date, CultureInfo.InvariantCulture)));

    // From the block of the day that many days before to the block of the day that many days
    // after; the calendar's ends and an endless reach stay in it.
    [Theory]
    [InlineData("2015-07-30", 0, 11497, 11497)]
    [InlineData("2015-07-30", 1, 11496, 11497)]
    [InlineData("2015-07-30", 64, 11496, 11498)]
    [InlineData("2015-07-29", 365, 11491, 11502)]
    [InlineData("0001-01-01", 365, 0, 5)]
    [InlineData("9999-12-31", 365, 57057, 57063)]
    [InlineData("2015-07-30", double.PositiveInfinity, 0, 57063)]
    public void A_reach_of_days_covers_the_blocks_around_a_date(string date, double days, int first, int last) =>
        Assert.Equal((first, last), TimeBlocks.Within(DateTime.Parse(date, CultureInfo.InvariantCulture), days));
}
