namespace BlazorReader.Data.ChangeLog;

public enum ChangeKind
{
    Created = 0,
    Updated = 1,
    Deleted = 2,
}

// Appended in the same transaction as every article write; each app instance's search
// index applies the log from the last sequence number it has seen.
public class ChangeLogEntry
{
    public long Sequence { get; set; }
    public int ArticleId { get; set; }
    public ChangeKind Kind { get; set; }
    public DateTime At { get; set; }
}
