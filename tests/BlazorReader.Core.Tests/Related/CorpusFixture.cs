using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using BlazorReader.Core.Related;

namespace BlazorReader.Core.Tests.Related;

// Reads a fixture in the corpus's own shape; ids follow the order in the file, from 1.
// The fixtures are read beside this source file: the project copies only its top-level
// Fixtures folder to the output, and that folder belongs to other parts of the tree.
internal static class CorpusFixture
{
    public static IReadOnlyList<RelatedDocument> Load(string name, [CallerFilePath] string caller = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(caller)!, "Fixtures", name);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return [.. json.RootElement.EnumerateArray().Select((a, i) => new RelatedDocument(
            i + 1,
            a.GetProperty("title").GetString()!,
            a.GetProperty("content").GetString()!,
            a.GetProperty("source").GetString()!,
            DateTime.ParseExact(a.GetProperty("date_extracted").GetString()!, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)))];
    }
}
