using System.Globalization;
using BlazorReader.Data.Curation;

namespace BlazorReader.Web.Components.Pages.Admin;

// The editable fields' Arabic labels and their text for diffs; the keys are ArticleEdit.Fields.
public static class FieldNames
{
    public static string Of(string field) => field switch
    {
        ArticleEdit.Fields.Title => "العنوان",
        ArticleEdit.Fields.Slug => "المسار المختصر",
        ArticleEdit.Fields.Tags => "الوسوم",
        ArticleEdit.Fields.Status => "الحالة",
        ArticleEdit.Fields.Date => "تاريخ النشر",
        ArticleEdit.Fields.Source => "المصدر",
        ArticleEdit.Fields.Body => "النص",
        ArticleEdit.Fields.LeadPicture => "الصورة الرئيسية",
        "import" => "الاستيراد",
        "reclean" => "إعادة تنظيف",
        _ => field,
    };

    public static string List(string fields) =>
        string.Join("، ", fields.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Of));

    public static string Text(ArticleEdit e, string field)
    {
        ArgumentNullException.ThrowIfNull(e);
        return field switch
        {
            ArticleEdit.Fields.Title => e.Title,
            ArticleEdit.Fields.Slug => e.Slug,
            ArticleEdit.Fields.Tags => string.Join("\n", e.Tags),
            ArticleEdit.Fields.Status => Formatting.StatusNames.Of(e.Status),
            ArticleEdit.Fields.Date => e.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            ArticleEdit.Fields.Source => e.Source ?? "",
            ArticleEdit.Fields.Body => e.BodyMarkdown,
            ArticleEdit.Fields.LeadPicture => e.LeadMediaId is { } id ? Core.Markdown.MediaReference.Of(id) : "",
            _ => "",
        };
    }
}
