namespace BlazorReader.Data.Importing;

public sealed record ImportError(string Origin, string Message);

public sealed class ImportSummary
{
    public int Imported { get; set; }
    public int Updated { get; set; }
    public int Skipped { get; set; }

    // Articles whose whole text was chrome (a photo gallery's link, say): skipped, not failed.
    public int NoBody { get; set; }
    public int Failed => Errors.Count;
    public List<ImportError> Errors { get; } = [];

    // What was odd but imported all the same (an unknown front matter key).
    public List<ImportError> Warnings { get; } = [];
    public TimeSpan Elapsed { get; set; }
    public int Processed => Imported + Updated + Skipped + Failed;
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Processed / Elapsed.TotalSeconds : 0;
}
