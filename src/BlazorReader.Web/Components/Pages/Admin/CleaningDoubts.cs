using BlazorReader.Core.Cleaning;
using BlazorReader.Data.Queries;

namespace BlazorReader.Web.Components.Pages.Admin;

// What the cleaner was unsure of, and what `reclean` left alone, as an editor reads them.
public static class CleaningDoubts
{
    // A doubt is "kind: line"; the line is shown as it is, the kind explained.
    public static (string Line, string Explanation) Of(string doubt)
    {
        ArgumentNullException.ThrowIfNull(doubt);
        var colon = doubt.IndexOf(": ", StringComparison.Ordinal);
        var (kind, line) = colon < 0 ? ("", doubt) : (doubt[..colon], doubt[(colon + 2)..]);
        return (line, kind switch
        {
            "teaser?" => "سطر لم يتأكد المنظِّف من أنه ليس تشويقة لخبر آخر، فأبقاه في النص",
            _ => "سطر لم يتأكد منه المنظِّف، فأبقاه في النص",
        });
    }

    public static string WhyNotRecleaned(FlaggedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.ChangedByHand
            ? $"عدّل محرر نصه، فلم تُعِد أداة إعادة التنظيف تنظيفه بالمنظِّف الإصدار {article.RecleanSkippedVersion}؛ راجع الفرق في صفحة التنظيف"
            : $"لم يُطبَّق عليه المنظِّف الإصدار {article.RecleanSkippedVersion} لأنه لا يُبقي منه شيئًا أو أخفق فيه؛ بقي كما نظّفه منظّف أقدم";
    }

    // On the cleaning page, for an article cleaned by an older cleaner than this one.
    public static string OlderCleaner(int cleanerVersion, bool leftForAnEditor) =>
        $"نُظِّف هذا المقال بالمنظِّف الإصدار {cleanerVersion}، والمنظِّف الحالي الإصدار {ArticleCleaner.Version}." +
        (leftForAnEditor ? " تركته أداة إعادة التنظيف لمحرر: عاين الفرق أدناه وطبّق إعادة التنظيف إن شئت." : "");
}
