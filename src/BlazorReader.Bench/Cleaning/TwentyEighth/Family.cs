namespace BlazorReader.Bench.Cleaning.TwentyEighth;

// A copy path: the chrome its app or page writes over the story and under it.
internal sealed record Family(string Name, Action<Page, Story> Head, Action<Page, Story> Tail);
