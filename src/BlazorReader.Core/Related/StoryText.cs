namespace BlazorReader.Core.Related;

// What the same-story index reads from an article before counting: its body's stem
// shingles, its headline's stems and the stems of headline and opening words, all hashed.
public sealed record StoryText(ulong[] Shingles, ulong[] TitleWords, ulong[] LeadWords);
