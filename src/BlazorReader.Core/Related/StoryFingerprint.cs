namespace BlazorReader.Core.Related;

// The part of an article the same-story index keeps; computing it is the expensive,
// thread-safe step, so a rebuild can fingerprint on every core and index on one.
// TitleWords holds only the headline's distinctive words (see StoryFingerprinter), LeadWords
// the headline's and opening's; null means the article has no headline to compare. Leg says
// whether the headline reports a visit's arrival or its departure. LeadItem is set for a
// digest only: the signature of the item its headline names. Headline is what HeadlineRule
// compares when the texts share too little.
public sealed record StoryFingerprint(int Id, string Source, DateTime PublishedAt, uint[] Signature, int ShingleCount, ulong[]? TitleWords = null, ulong[]? LeadWords = null, VisitLeg Leg = VisitLeg.None, ItemSignature? LeadItem = null, StoryHeadline? Headline = null)
{
    public bool IsEmpty => ShingleCount == 0;
}

// One part of a text, signed like the whole so the two signatures can be compared.
public sealed record ItemSignature(uint[] Signature, int ShingleCount);
