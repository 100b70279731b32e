using MudBlazor;

namespace BlazorReader.Web.Components.Layout;

// One theme for the app shell; typography follows the reading face in app.css.
public static class ReaderTheme
{
    public static readonly MudTheme Value = new()
    {
        // Secondary text, error red and disabled text darkened from MudBlazor's defaults to pass
        // WCAG AA contrast (4.5:1) on white: labels, counters and "disable" buttons use them.
        PaletteLight = new PaletteLight
        {
            Primary = "#0b5d4b", AppbarBackground = "#0b5d4b", Error = "#b3261e",
            TextSecondary = "#545454", TextDisabled = "#6b6b6b", ActionDisabled = "#6b6b6b",
        },
        PaletteDark = new PaletteDark { Primary = "#6fd3b8" },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Noto Naskh Arabic", "serif"] },
        },
    };
}
