namespace BlazorReader.Core.Cleaning;

// A run of digits read as a number, Western or Arabic-Indic alike («١٢» is 12).
internal static class Digits
{
    public static int ValueOf(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
        {
            n = (n * 10) + (int)char.GetNumericValue(c);
        }
        return n;
    }
}
