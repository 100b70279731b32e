namespace BlazorReader.Data.Instances;

// One app instance's follower of the change log (search index, related lists, page cache) as
// the instance last reported it, so that an operator sees every instance's lag from any one
// of them. Instance names a process run: a restart is a new instance, and the old rows go.
public class InstanceFollower
{
    public string Instance { get; set; } = "";
    public string Consumer { get; set; } = "";
    public DateTime StartedAt { get; set; }
    public DateTime ReportedAt { get; set; }

    // The highest change-log number applied, and numbers below it still awaited.
    public long Applied { get; set; }
    public int OpenGaps { get; set; }

    // Entries past Applied when reported, and the time of the oldest of them (null: none).
    public long Behind { get; set; }
    public DateTime? WaitingSince { get; set; }

    // It has reached the log's end since the instance started (readiness).
    public bool CaughtUp { get; set; }
}
