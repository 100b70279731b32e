using BlazorReader.Web.Formatting;

namespace BlazorReader.Web.Tests.Formatting;

public class ArabicDateTests
{
    [Theory]
    [InlineData(2020, 11, 2, "2 نوفمبر 2020")]
    [InlineData(2015, 7, 21, "21 يوليو 2015")]
    public void Writes_gregorian_dates_with_arabic_month_names(int y, int m, int d, string expected)
    {
        Assert.Equal(expected, ArabicDate.Format(new DateTime(y, m, d, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Theory]
    [InlineData(2020, 11, 2, "16 ربيع الأول 1442 هـ")]
    [InlineData(2015, 7, 21, "5 شوال 1436 هـ")]
    public void Writes_the_umm_al_qura_hijri_date(int y, int m, int d, string expected)
    {
        Assert.Equal(expected, ArabicDate.Hijri(new DateTime(y, m, d, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Theory]
    [InlineData(1, "قراءة في دقيقة")]
    [InlineData(2, "قراءة في دقيقتين")]
    [InlineData(5, "قراءة في 5 دقائق")]
    [InlineData(12, "قراءة في 12 دقيقة")]
    public void Reading_time_agrees_with_the_arabic_number(int minutes, string expected)
    {
        Assert.Equal(expected, ArabicDate.ReadingTime(minutes));
    }
}
