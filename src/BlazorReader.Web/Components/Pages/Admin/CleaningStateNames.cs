using BlazorReader.Data.Queries;

namespace BlazorReader.Web.Components.Pages.Admin;

// Where an article's cleaning stands, as the dashboard and the article list's filter name it.
public static class CleaningStateNames
{
    public static string Of(CleaningState state) => state switch
    {
        CleaningState.OlderCleaner => "نظّفها منظِّف أقدم من الحالي",
        CleaningState.Doubted => "فيها أسطر أبقاها المنظِّف وهو غير متأكد",
        CleaningState.HeldEdited => "تركتها أداة إعادة التنظيف لأن محررًا عدّل نصها",
        CleaningState.HeldOther => "تركتها أداة إعادة التنظيف لأن المنظِّف لا يُبقي منها شيئًا أو أخفق فيها",
        _ => state.ToString(),
    };
}
