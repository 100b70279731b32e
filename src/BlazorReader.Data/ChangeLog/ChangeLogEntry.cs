namespace BlazorReader.Data.ChangeLog;

public enum ChangeKind
{
    Created = 0,
    Updated = 1,
    Deleted = 2,
}

// One article changed. Appended by ArticleChanges alone, in the same transaction as the write;
// in each app instance the poller hands the entries to every IChangeLogConsumer (the search
// index, the stored related lists, the page cache), each from the last sequence it applied.
public class ChangeLogEntry
{
    public long Sequence { get; set; }
    public int ArticleId { get; set; }
    public ChangeKind Kind { get; set; }
    public DateTime At { get; set; }
}
