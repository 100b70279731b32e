namespace BlazorReader.Data.Media;

// A picture in the media library. The original's bytes live in the store, so every app
// instance on one database can serve it; each instance renders its own resized variants.
// The bytes are what the upload rules stored (re-encoded, no metadata), named by their hash.
public class MediaItem
{
    public int Id { get; set; }
    public string ContentHash { get; set; } = "";
    public string ContentType { get; set; } = "";
    public int Width { get; set; }
    public int Height { get; set; }
    public int ByteLength { get; set; }
    public byte[] Bytes { get; set; } = [];

    // Alt text is required: a picture a screen reader cannot name is not published.
    public string Alt { get; set; } = "";
    public string? Caption { get; set; }
    public string? Credit { get; set; }

    public string? UploadedBy { get; set; }
    public DateTime UploadedAt { get; set; }
}
