namespace BlazorReader.Data.Curation;

// One import (CLI, first-start seed or admin upload) as the dashboard lists it: what was
// asked, what came of it, and the first errors with their file and position.
public class ImportRun
{
    public int Id { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public string? UserName { get; set; }
    public string Origin { get; set; } = "";
    public int Imported { get; set; }
    public int Updated { get; set; }
    public int Skipped { get; set; }
    public int Failed { get; set; }
    public string Errors { get; set; } = "";
    public string? Outcome { get; set; }
}
