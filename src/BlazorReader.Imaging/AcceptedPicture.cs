namespace BlazorReader.Imaging;

// A picture as it is stored: re-encoded from its decoded pixels (no metadata, nothing after
// the image), upright, with its type and size read from what was written.
public sealed record AcceptedPicture(byte[] Bytes, string ContentType, int Width, int Height, string ContentHash);

// Either the stored form of an upload or the reason it was refused, said to the editor.
public sealed record UploadOutcome(AcceptedPicture? Picture, string? Error)
{
    public static UploadOutcome Refused(string error) => new(null, error);
}
