using System.Text;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;

namespace BlazorReader.Core.Tests.Importing;

public class RawTextDecoderTests
{
    private const string Arabic = "أعلنت وزارة الصحة اليوم\nنص ثان";

    static RawTextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // The encoding names the bytes the test writes; a BOM, where scrapers write one, first.
    [Theory]
    [InlineData("utf-8", false)]
    [InlineData("utf-8", true)]
    [InlineData("utf-16", true)]
    [InlineData("utf-16BE", true)]
    [InlineData("windows-1256", false)]
    public void Decodes_arabic_in_every_encoding_scrapers_produce(string encoding, bool withBom)
    {
        var written = Encoding.GetEncoding(encoding);
        byte[] bytes = [.. withBom ? written.GetPreamble() : [], .. written.GetBytes(Arabic)];
        Assert.Equal(Arabic, RawTextDecoder.Decode(bytes).Text);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void Any_line_end_gives_the_same_cleaned_article(string newline)
    {
        var text = RawTextDecoder.Decode(Encoding.UTF8.GetBytes(Arabic.Replace("\n", newline, StringComparison.Ordinal))).Text!;
        var blocks = new ArticleCleaner().Clean(new RawArticle(text, Title: "t")).Blocks.Select(b => b.Text);
        Assert.Equal(["أعلنت وزارة الصحة اليوم", "نص ثان"], blocks);
    }

    [Fact]
    public void Refuses_an_empty_file()
    {
        Assert.Equal("the file is empty", RawTextDecoder.Decode([]).Error);
        Assert.Equal("the file is empty", RawTextDecoder.Decode(Encoding.UTF8.GetBytes(" \n\t ")).Error);
    }

    [Fact]
    public void Refuses_a_binary_file()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
        Assert.Equal("the file is binary, not text", RawTextDecoder.Decode(png).Error);
    }
}
