namespace BlazorReader.Core.Articles;

public enum ArticleStatus
{
    Draft = 0,
    Published = 1,
    Hidden = 2,
}
