namespace BlazorReader.Core.Articles;

// What the cleaner took out, and why; Line is the zero-based line in the decoded raw
// text, so a review screen can show the fragment in place.
public sealed record RemovedFragment(string Text, string Reason, int Line = -1);

public sealed record Teaser(string Text);
