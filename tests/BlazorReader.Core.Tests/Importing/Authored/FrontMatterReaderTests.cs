using BlazorReader.Core.Articles;
using BlazorReader.Core.Importing.Authored;

namespace BlazorReader.Core.Tests.Importing.Authored;

public sealed class FrontMatterReaderTests
{
    [Fact]
    public void Reads_every_known_key_with_Arabic_text()
    {
        var read = FrontMatterReader.Read("""
            ---
            title: "افتتاح معرض الرياض الدولي للكتاب: 800 دار نشر"
            slug: riyadh-book-fair
            source: سبق
            sourceUrl: https://sabq.org/riyadh-book-fair
            publishedAt: 2024-09-26T18:30:00+03:00
            tags: [ثقافة, كتب]
            status: draft
            image: pictures/fair.jpg
            imageAlt: زوار في أروقة المعرض
            imageCaption: الجناح الرئيسي
            ---
            نص الخبر.
            """);
        Assert.Empty(read.Errors);
        Assert.Empty(read.Warnings);
        Assert.Equal(new FrontMatter("افتتاح معرض الرياض الدولي للكتاب: 800 دار نشر", "riyadh-book-fair", "سبق", "https://sabq.org/riyadh-book-fair",
            new DateTime(2024, 9, 26, 15, 30, 0, DateTimeKind.Utc), read.Fields.Tags, ArticleStatus.Draft, "pictures/fair.jpg", "زوار في أروقة المعرض", "الجناح الرئيسي"),
            read.Fields);
        Assert.Equal(["ثقافة", "كتب"], read.Fields.Tags!);
        Assert.Equal(DateTimeKind.Utc, read.Fields.PublishedAt!.Value.Kind);
        Assert.Equal("نص الخبر.", read.Body);
    }

    [Fact]
    public void Tags_may_be_one_text_separated_by_Arabic_or_Latin_commas()
    {
        var read = FrontMatterReader.Read("---\ntags: اقتصاد، نفط, أسواق\n---\nنص");
        Assert.Equal(["اقتصاد", "نفط", "أسواق"], read.Fields.Tags!);
    }

    [Fact]
    public void A_date_alone_is_midnight_UTC()
    {
        Assert.Equal(new DateTime(2015, 7, 21, 0, 0, 0, DateTimeKind.Utc), FrontMatterReader.Read("---\npublishedAt: 2015-07-21\n---\nنص").Fields.PublishedAt);
    }

    [Theory]
    [InlineData("publishedAt: أمس", "front matter 'publishedAt': expected a date as 2024-05-01 or 2024-05-01T09:30:00+03:00, found 'أمس'")]
    [InlineData("publishedAt: 1/5/2024", "front matter 'publishedAt': expected a date as 2024-05-01 or 2024-05-01T09:30:00+03:00, found '1/5/2024'")]
    [InlineData("status: archived", "front matter 'status': expected draft, published or hidden, found 'archived'")]
    [InlineData("status: 1", "front matter 'status': expected draft, published or hidden, found '1'")]
    [InlineData("tags: {a: b}", "front matter 'tags': expected a list of tags or one text of tags separated by commas, found a mapping of keys")]
    [InlineData("tags: [[a], b]", "front matter 'tags': expected a list of tags or one text of tags separated by commas, found a list")]
    [InlineData("title: [a, b]", "front matter 'title': expected a text, found a list")]
    [InlineData("sourceUrl: javascript:alert(1)", "front matter 'sourceUrl': expected a web address (http:// or https://), found 'javascript:alert(1)'")]
    [InlineData("title: a\nTitle: b", "front matter key 'title' is given twice")]
    [InlineData("- a\n- b", "the front matter is not a list of 'key: value' lines")]
    public void A_value_of_the_wrong_type_names_the_key_and_what_was_expected(string yaml, string error)
    {
        var read = FrontMatterReader.Read($"---\n{yaml}\n---\nنص");
        Assert.Equal([error], read.Errors);
    }

    [Fact]
    public void Broken_YAML_is_an_error_with_its_line_in_the_file()
    {
        var read = FrontMatterReader.Read("---\ntitle: عنوان\ntags: [a, b\n---\nنص");
        var error = Assert.Single(read.Errors);
        Assert.StartsWith("the front matter is not valid YAML (line ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_front_matter_never_closed_is_an_error()
    {
        Assert.Equal(["the front matter opened by '---' on line 1 is not closed by a '---' line"], FrontMatterReader.Read("---\ntitle: عنوان\nنص").Errors);
    }

    [Fact]
    public void An_unknown_key_is_a_warning_and_the_rest_is_read()
    {
        var read = FrontMatterReader.Read("---\ntitle: عنوان\nauthor: فلان\n---\nنص");
        Assert.Empty(read.Errors);
        Assert.Equal("عنوان", read.Fields.Title);
        Assert.StartsWith("front matter key 'author' is not known and was ignored", Assert.Single(read.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_front_matter_the_whole_text_is_the_body()
    {
        var read = FrontMatterReader.Read("# عنوان\n\nنص");
        Assert.Equal(FrontMatter.None, read.Fields);
        Assert.Equal("# عنوان\n\nنص", read.Body);
    }
}
