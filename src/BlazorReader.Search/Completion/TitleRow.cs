namespace BlazorReader.Search.Completion;

// A published article's headline as the completion set needs it (Ticks: its date, 0 when none).
internal readonly record struct TitleRow(int Id, string Title, string Slug, long Ticks);
