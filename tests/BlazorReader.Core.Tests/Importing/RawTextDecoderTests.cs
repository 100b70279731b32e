using System.Text;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;

namespace BlazorReader.Core.Tests.Importing;

public class RawTextDecoderTests
{
    private const string Arabic = "أعلنت وزارة الصحة اليوم\nنص ثان";

    static RawTextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, byte[]> Encoded() => new()
    {
        { "utf-8", Encoding.UTF8.GetBytes(Arabic) },
        { "utf-8 with BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Arabic)] },
        { "utf-16 LE with BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Arabic)] },
        { "utf-16 BE with BOM", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Arabic)] },
        { "windows-1256", Encoding.GetEncoding(1256).GetBytes(Arabic) },
    };

    [Theory]
    [MemberData(nameof(Encoded))]
    public void Decodes_arabic_in_every_encoding_scrapers_produce(string encoding, byte[] bytes)
    {
        Assert.Equal(Arabic, RawTextDecoder.Decode(bytes).Text);
        Assert.NotNull(encoding);
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
