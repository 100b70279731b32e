using static BlazorReader.Search.Tests.NewsFixtures;

namespace BlazorReader.Search.Tests.Snippets;

public class SnippetTests
{
    private static string Snippet(string query, int id)
    {
        using var index = NewIndex();
        return index.Search(new SearchRequest(query)).Items.Single(i => i.Id == id).Snippet;
    }

    [Fact]
    public void Marks_matched_words()
    {
        Assert.Contains("<mark>ثادق</mark>", Snippet("ثادق", ThadiqHospital));
    }

    [Fact]
    public void Marks_an_arabic_word_whole_with_its_clitics()
    {
        Assert.Contains("<mark>بوزارة</mark>", Snippet("وزارة", HealthJobs));
    }

    [Fact]
    public void Marks_a_word_whole_with_its_diacritics()
    {
        Assert.Contains("<mark>المكلَّف</mark>", Snippet("المكلف", ThadiqHospital));
    }

    [Fact]
    public void Escapes_html_in_the_article_text()
    {
        var snippet = Snippet("البوابة", HealthJobs);
        Assert.Contains("&lt;عبر <mark>البوابة</mark>&gt;", snippet);
    }

    [Fact]
    public void Keeps_snippets_to_a_readable_length()
    {
        var snippet = Snippet("الإسعافية", RedCrescent).Replace("<mark>", "").Replace("</mark>", "");
        Assert.InRange(snippet.Length, 120, 260);
    }
}
