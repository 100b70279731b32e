using BlazorReader.Core.Articles;

namespace BlazorReader.Search.Tests;

public class SearchDocumentTests
{
    [Fact]
    public void Carries_status_for_editor_only_filtering()
    {
        var doc = new SearchDocument(1, "عنوان", "نص", "aljazeera", ["سياسة"], ArticleStatus.Draft, null);
        Assert.Equal(ArticleStatus.Draft, doc.Status);
    }
}
