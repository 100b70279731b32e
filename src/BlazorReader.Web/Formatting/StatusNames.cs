using BlazorReader.Core.Articles;

namespace BlazorReader.Web.Formatting;

public static class StatusNames
{
    public static string Of(ArticleStatus status) => status switch
    {
        ArticleStatus.Published => "منشور",
        ArticleStatus.Draft => "مسودة",
        ArticleStatus.Hidden => "مخفي",
        _ => status.ToString(),
    };
}
