using BlazorReader.Core.Cleaning;

namespace BlazorReader.Core.Tests.Cleaning;

// The date a post's card prints on a line of its own, in the forms embeds and pages use.
public class CardDateTests
{
    [Theory]
    [InlineData("Dec 5, 2026")]
    [InlineData("December 5, 2026")]
    [InlineData("10:32 AM · Dec 5, 2026")]
    [InlineData("10:32 p.m. · 5 December 2026")]
    [InlineData("١٠:٣٢ م · ٥ ديسمبر ٢٠٢٦")]
    [InlineData("10:32 مساءً - 5 ديسمبر 2026")]
    [InlineData("الأحد 5 ديسمبر 2026")]
    [InlineData("السبت، ٥ كانون الأول ٢٠٢٦")]
    [InlineData("الأربعاء 5 ديسمبر 2026م")]
    [InlineData("Saturday, December 5, 2026")]
    [InlineData("05/12/2026")]
    [InlineData("٠٥/١٢/٢٠٢٦")]
    [InlineData("5.12.2026")]
    [InlineData("2026-12-05")]
    [InlineData("٥٫١٢٫٢٠٢٦")]
    [InlineData("05/12/2026 Twitter for iPhone")]
    [InlineData("٥ ديسمبر ٢٠٢٦ من تطبيق X")]
    [InlineData("· 5 ديسمبر 2026")]
    [InlineData("Dec 5, 2026 · 4:32 AM UTC")]
    [InlineData("5 كانون الأول/ديسمبر 2026")]
    [InlineData("٥ ديسمبر/كانون الأول ٢٠٢٦")]
    [InlineData("كانون الأول (ديسمبر) 5، 2026")]
    [InlineData("— 5 كانون الأول - ديسمبر 2026")]
    [InlineData("December ٥٬ ٢٠٢٦")]
    [InlineData("2026-12-05T10:32:00Z")]
    [InlineData("2026-12-05T10:32:00+03:00")]
    [InlineData("5/12/2026 (25 جمادى الآخرة 1448 هـ)")]
    [InlineData("٢٥ جمادى الآخرة ١٤٤٨هـ الموافق ٥ ديسمبر ٢٠٢٦")]
    [InlineData("10:32 · Dec 5, 2026 · 25 جمادى الآخرة 1448هـ")]
    [InlineData("الساعة 10:32 مساءً - 5 ديسمبر 2026")]
    [InlineData("الساعة ١٠:٣٢ صباحاً - ٥ ديسمبر ٢٠٢٦")]
    [InlineData("٢٥ جمادى الآخرة ١٤٤٨ هـ")]
    [InlineData("25 جمادى الثانية 1448هـ")]
    [InlineData("السبت ٢٥ جمادى الآخرة ١٤٤٨ه")]
    public void Reads_the_date_whatever_clock_weekday_or_marks_stand_round_it(string line) =>
        Assert.Equal(new DateOnly(2026, 12, 5), CardDate.Parse(line));

    [Theory]
    [InlineData("وصل الوفد يوم 5 ديسمبر 2026 إلى الرياض")]
    [InlineData("10:32")]
    [InlineData("31/02/2026")]
    [InlineData("الساعة 10:32 من صباح الأحد")]
    [InlineData("٢٣ قتيلا في 5 ديسمبر")]
    [InlineData("عدد المستفيدين: 1896")]
    [InlineData("31 شوال 1436 هـ")]
    [InlineData("في 15 رمضان 1436 هـ")]
    public void A_sentence_a_clock_alone_or_an_impossible_day_is_no_date(string line) =>
        Assert.Null(CardDate.Parse(line));
}
