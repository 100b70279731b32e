namespace BlazorReader.Data.Leases;

// One app instance at a time writes what the store derives from its articles (stories and
// related lists): several writing them, each from its own place in the change log, let one
// that was behind write over newer lists. The holder renews the lease while it works; Position
// is the change-log position its writes reflect, so that a new holder recomputes only what
// came after it.
public class WriterLease
{
    public string Name { get; set; } = "";
    public string Holder { get; set; } = "";
    public DateTime Until { get; set; }
    public long Position { get; set; }
}
