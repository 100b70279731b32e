namespace BlazorReader.Imaging;

// The widths a picture is offered at: a phone's column, a laptop's, a wide screen's at twice
// its pixels. Never wider than the picture itself, whose own width stands in for the steps
// above it, so that a small picture is offered once, as it is.
public static class VariantWidths
{
    public static IReadOnlyList<int> Steps { get; } = [480, 960, 1600];

    public static IReadOnlyList<int> For(int pictureWidth) =>
        Steps.Select(step => Math.Min(step, pictureWidth)).Where(w => w > 0).Distinct().ToList();

    public static int HeightAt(int width, int pictureWidth, int pictureHeight) =>
        Math.Max(1, (int)Math.Round((double)pictureHeight * width / pictureWidth, MidpointRounding.AwayFromZero));
}
