using System.Text;

namespace BlazorReader.Core.Importing;

public sealed record DecodedText(string? Text, string? Error);

// Bytes to text for raw articles: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8,
// and Windows-1256 (Arabic Windows) when the bytes are not UTF-8. NUL bytes or many control
// characters mean a binary file, which is refused rather than imported as noise.
public static class RawTextDecoder
{
    static RawTextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedText Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            return new(null, "the file is empty");
        }
        string text;
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }
        else if (bytes is [0xFF, 0xFE, ..])
        {
            text = Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }
        else if (bytes is [0xFE, 0xFF, ..])
        {
            text = Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }
        else if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return new(null, "the file is binary, not text");
        }
        else
        {
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                text = Encoding.GetEncoding(1256).GetString(bytes);
            }
        }
        if (LooksBinary(text))
        {
            return new(null, "the file is binary, not text");
        }
        return string.IsNullOrWhiteSpace(text) ? new(null, "the file is empty") : new(text, null);
    }

    private static bool LooksBinary(string text)
    {
        var controls = text.Count(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t');
        return text.Contains('\0', StringComparison.Ordinal) || controls > Math.Max(8, text.Length / 100);
    }
}
