using BlazorReader.Data.Curation;

namespace BlazorReader.Data.Writing;

public abstract record SaveOutcome
{
    // Stored; Revision is 0 when nothing had changed.
    public sealed record Saved(Guid Version, int Revision) : SaveOutcome;

    // Someone saved first: what they left, so the editor can compare before deciding.
    public sealed record Conflict(ArticleEdit Current, Guid CurrentVersion, string? SavedBy, DateTime SavedAt) : SaveOutcome;

    public sealed record Invalid(IReadOnlyDictionary<string, string> Problems) : SaveOutcome;

    public sealed record NotFound : SaveOutcome;
}
