namespace BlazorReader.Web.Components.Shared;

public static class ArticlePaths
{
    public static string Of(int id, string slug) => $"/articles/{id}/{Uri.EscapeDataString(slug)}";
}
