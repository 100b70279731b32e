using BlazorReader.Core.Articles;
using BlazorReader.Data.Sources;

namespace BlazorReader.Data.Tests.Sources;

public class CopyrightOwnerTests
{
    private static string? KeyOf(string line, string reason = "copyright") => CopyrightOwner.KeyOf([new RemovedFragment(line, reason)]);

    [Theory]
    [InlineData("جميع الحقوق محفوظة © 2020 شبكة الجزيرة الاعلامية", "aljazeera")]
    [InlineData("جميع الحقوق محفوظة لصحيفة الجزيرة ٢٠١٥", "aljazirah")]
    [InlineData("© حقوق النشر محفوظة لجريدة الرياض", "alriyadh")]
    [InlineData("Copyright © 2015 OKAZ.COM.SA", "okaz")]
    [InlineData("جميع الحقوق محفوظة © وكالة الانباء السعودية", "was")]
    public void A_copyright_line_names_the_paper_by_its_kind_and_masthead_or_its_host(string line, string key) =>
        Assert.Equal(key, KeyOf(line));

    [Theory]
    [InlineData("جميع الحقوق محفوظة © 2020")]
    [InlineData("جميع الحقوق محفوظة للجزيرة")]
    [InlineData("جميع الحقوق محفوظة لمؤسسة لا نعرفها")]
    public void A_line_that_names_no_known_paper_unambiguously_gives_none(string line) => Assert.Null(KeyOf(line));

    [Fact]
    public void Only_copyright_lines_are_read() => Assert.Null(KeyOf("تابعونا على صحيفة الرياض", "share"));
}
