namespace BlazorReader.Core.Related;

// What the same-story index reads from an article before counting: its body's stem
// shingles, its headline's stems and the stems of headline and opening words, all hashed;
// its source's key, under which the paper's own recurring wording is counted as template;
// the visit leg its headline reports; and, for a digest, the shingles of its lead item
// (see DigestItems); and the headline evidence (StoryHeadline).
public sealed record StoryText(ulong SourceKey, ulong[] Shingles, ulong[] TitleWords, ulong[] LeadWords, VisitLeg Leg, ulong[]? LeadItemShingles = null, StoryHeadline? Headline = null);
