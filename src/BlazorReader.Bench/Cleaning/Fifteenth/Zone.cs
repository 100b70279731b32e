namespace BlazorReader.Bench.Cleaning.Fifteenth;

// Where a piece of noise stands on the copied page, top to bottom; the body sits between
// Top and Tail, and pieces can also fall between its paragraphs.
internal enum Zone
{
    Head,
    Top,
    Tail,
    Footer,
    Bottom,
}
