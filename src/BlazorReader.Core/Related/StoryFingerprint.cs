namespace BlazorReader.Core.Related;

// The part of an article the same-story index keeps; computing it is the expensive,
// thread-safe step, so a rebuild can fingerprint on every core and index on one.
public sealed record StoryFingerprint(int Id, string Source, DateTime PublishedAt, ulong[] Signature, int ShingleCount)
{
    public bool IsEmpty => ShingleCount == 0;
}
