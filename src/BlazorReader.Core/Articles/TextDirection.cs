namespace BlazorReader.Core.Articles;

public enum TextDirection
{
    Rtl = 0,
    Ltr = 1,
}
