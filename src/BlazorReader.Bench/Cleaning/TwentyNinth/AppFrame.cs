namespace BlazorReader.Bench.Cleaning.TwentyNinth;

// A copy path: the app or screen a story was read in, with the furniture it puts above the
// story, inside it and below it, and the lines a story read there carries that look like
// that furniture but are the story's own.
internal sealed record AppFrame(
    string Name,
    Action<Page> Head,
    Action<Page> Inside,
    Action<Page> Tail,
    Func<Page, IReadOnlyList<string>> LookAlikes);
