namespace BlazorReader.Data.Media;

// What a page needs to show a library picture (no bytes): its size for width and height
// (no layout shift), its hash for immutable addresses, and its words.
public sealed record MediaPicture(int Id, string ContentHash, int Width, int Height, string Alt, string? Caption, string? Credit);
