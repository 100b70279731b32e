namespace BlazorReader.Web.Changes;

// This process run among the instances on one store: the name its reports and its writer
// lease carry. Machine and process say where to look; the random part tells two runs apart.
public sealed class InstanceIdentity(TimeProvider clock)
{
    public string Name { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    public DateTime StartedAt { get; } = clock.GetUtcNow().UtcDateTime;
}
