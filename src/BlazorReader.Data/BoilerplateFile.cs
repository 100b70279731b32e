using BlazorReader.Core.Cleaning;

namespace BlazorReader.Data;

// The learned per-source boilerplate lives in the data folder as JSON: data, not code, and
// shared by the app and the CLI that clean with it.
public static class BoilerplateFile
{
    public const string FileName = "boilerplate.json";

    public static string PathIn(StoreSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Path.Combine(settings.DataDirectory, FileName);
    }

    public static LearnedBoilerplate Load(StoreSettings settings)
    {
        var path = PathIn(settings);
        return File.Exists(path) ? LearnedBoilerplate.FromJson(File.ReadAllText(path)) : LearnedBoilerplate.Empty;
    }

    public static void Save(StoreSettings settings, LearnedBoilerplate learned)
    {
        ArgumentNullException.ThrowIfNull(learned);
        Directory.CreateDirectory(settings.DataDirectory);
        var path = PathIn(settings);
        File.WriteAllText(path + ".tmp", learned.ToJson());
        File.Move(path + ".tmp", path, overwrite: true);
    }
}
