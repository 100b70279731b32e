namespace BlazorReader.Core.Related;

// What the same-story index reads from an article before counting: its body's stem
// shingles, its headline's stems and the stems of headline and opening words, all hashed;
// its source, whose own recurring wording counts as template; the visit leg its headline
// reports; and, for a digest, the shingles of its lead item (see DigestItems).
public sealed record StoryText(string Source, ulong[] Shingles, ulong[] TitleWords, ulong[] LeadWords, VisitLeg Leg, ulong[]? LeadItemShingles = null);
