using System.Globalization;
using BlazorReader.Data.Curation;

namespace BlazorReader.Web.Formatting;

// How far an import run got, in Arabic; the stored outcome stays English for logs and the CLI.
public static class ImportRunState
{
    public static string Of(ImportRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.FinishedAt is not { } finished)
        {
            return "جارٍ…";
        }
        if (run.Outcome?.StartsWith("stopped:", StringComparison.Ordinal) == true)
        {
            return "توقف: " + run.Outcome["stopped:".Length..].Trim();
        }
        return string.Create(CultureInfo.InvariantCulture, $"انتهى في {(finished - run.StartedAt).TotalSeconds:0.0} ثانية");
    }
}
