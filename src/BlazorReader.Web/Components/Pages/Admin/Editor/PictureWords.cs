namespace BlazorReader.Web.Components.Pages.Admin.Editor;

// What the picture dialog asks of a picture pasted or dropped into the body.
public sealed class PictureWords
{
    public string? Alt { get; set; }
    public string? Caption { get; set; }
    public string? Credit { get; set; }
}
