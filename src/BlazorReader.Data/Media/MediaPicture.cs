namespace BlazorReader.Data.Media;

// What a page needs to show a library picture (no bytes): its size for width and height
// (no layout shift), its hash for immutable addresses, and its words.
public sealed record MediaPicture(int Id, string ContentHash, int Width, int Height, string Alt, string? Caption, string? Credit);

// A picture as the library's list shows it: with its stored size, who uploaded it and when.
public sealed record MediaListItem(MediaPicture Picture, int ByteLength, string? UploadedBy, DateTime UploadedAt);

// One page of the library and how many pictures it holds in all.
public sealed record MediaListPage(IReadOnlyList<MediaListItem> Items, int Total);
