namespace BlazorReader.Core.Cleaning;

// After everything that is not body is gone, so the lead is the real first paragraph. A
// headline the head trimmer found printed above the lead is taken as it is.
// A headline-like phrase: the lead's first clause (up to «،» or a sentence end) when that is
// 5–120 characters, otherwise the lead cut at a word boundary before 120 characters.
internal sealed class TitleDeriver : ICleaningStep
{
    public const int MaxLength = 120;
    private const int MinLength = 5;

    public void Apply(CleaningContext context)
    {
        // The given title comes normalised, the site's name off (CleaningContext.GivenTitle).
        if (context.GivenTitle is { Length: > 0 } title)
        {
            context.Title = title;
            return;
        }
        context.TitleDerived = true;
        if (context.Title.Length > 0)
        {
            return;
        }
        var lead = context.Lines.FirstOrDefault(l => l.Tweet is null)?.Text ?? context.Lines.FirstOrDefault()?.Text ?? "";
        context.Title = Derive(lead);
    }

    public static string Derive(string lead)
    {
        var end = lead.IndexOfAny(['،', '.', '؟', '?', '!', '؛', ':']);
        if (end >= MinLength && end <= MaxLength)
        {
            return lead[..end].Trim();
        }
        if (lead.Length <= MaxLength)
        {
            return lead.TrimEnd('.', '،', ' ');
        }
        var cut = lead.LastIndexOf(' ', MaxLength);
        return lead[..(cut >= MinLength ? cut : MaxLength)].TrimEnd('،', ',', ' ', '-');
    }
}
