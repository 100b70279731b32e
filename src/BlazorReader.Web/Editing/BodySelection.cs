namespace BlazorReader.Web.Editing;

// The body's text and what is selected in it (UTF-16 offsets, as the browser's text area and
// .NET strings count): what the toolbar acts on, and what an edit leaves selected.
public sealed record BodySelection(string Text, int Start, int End)
{
    public static BodySelection Caret(string text, int at) => new(text, at, at);

    // Offsets the browser may send stale or reversed are brought within the text.
    public BodySelection Clamped()
    {
        var text = Text ?? "";
        var start = Math.Clamp(Start, 0, text.Length);
        var end = Math.Clamp(End, 0, text.Length);
        return new(text, Math.Min(start, end), Math.Max(start, end));
    }

    public string Selected => Text[Start..End];
}
