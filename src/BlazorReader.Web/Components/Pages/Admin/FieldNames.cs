using System.Globalization;
using BlazorReader.Data.Curation;

namespace BlazorReader.Web.Components.Pages.Admin;

// The editable fields' keys (as ArticleEdit names them), their Arabic labels and their text
// for diffs.
public static class FieldNames
{
    public const string Title = "title";
    public const string Slug = "slug";
    public const string Tags = "tags";
    public const string Status = "status";
    public const string Date = "date";
    public const string Source = "source";
    public const string Body = "body";

    public static string Of(string field) => field switch
    {
        Title => "العنوان",
        Slug => "المسار المختصر",
        Tags => "الوسوم",
        Status => "الحالة",
        Date => "تاريخ النشر",
        Source => "المصدر",
        Body => "النص",
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
            Title => e.Title,
            Slug => e.Slug,
            Tags => string.Join("\n", e.Tags),
            Status => Formatting.StatusNames.Of(e.Status),
            Date => e.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            Source => e.Source ?? "",
            Body => e.BodyMarkdown,
            _ => "",
        };
    }
}
