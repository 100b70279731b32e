using MudBlazor;

namespace BlazorReader.Web.Components.Layout;

// One theme for the app shell; typography follows the reading face in app.css.
public static class ReaderTheme
{
    public static readonly MudTheme Value = new()
    {
        PaletteLight = new PaletteLight { Primary = "#0b5d4b", AppbarBackground = "#0b5d4b" },
        PaletteDark = new PaletteDark { Primary = "#6fd3b8" },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Noto Naskh Arabic", "serif"] },
        },
    };
}
