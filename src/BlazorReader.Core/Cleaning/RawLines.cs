namespace BlazorReader.Core.Cleaning;

public static class RawLines
{
    // The raw text's lines as the cleaner numbers them (CRLF, CR or LF), so a removed
    // fragment's line number points at the same line wherever the raw text is shown.
    public static string[] Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
    }
}
