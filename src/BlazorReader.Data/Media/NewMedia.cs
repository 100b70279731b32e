namespace BlazorReader.Data.Media;

// A picture the upload rules accepted (Imaging.PictureUpload), with the editor's words.
public sealed record NewMedia(byte[] Bytes, string ContentType, int Width, int Height, string ContentHash,
    string? Alt, string? Caption, string? Credit);

// The library's answer: the picture's id (AlreadyStored when the same bytes were there), or
// why it was not stored.
public sealed record MediaSaved(int? Id, bool AlreadyStored, string? Error);
