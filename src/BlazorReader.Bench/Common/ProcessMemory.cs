using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;

namespace BlazorReader.Bench.Common;

// Where a running app's resident memory is (Linux): its own pages (anonymous: heaps, stacks,
// JIT code), the managed heap's share of them as its runtime reports it, and mapped files,
// split into the search index (pages the kernel may drop and reread, shared with any other
// reader) and the rest (the runtime's and the app's assemblies).
public sealed record ProcessMemory(long ResidentKb, long AnonymousKb, long IndexFilesKb, long OtherFilesKb, double ManagedHeapMb, double GcCommittedMb)
{
    public static ProcessMemory Of(int pid, string indexFolder)
    {
        long resident = 0, anonymous = 0, index = 0, files = 0;
        var path = "";
        foreach (var line in File.ReadLines($"/proc/{pid}/smaps"))
        {
            if (line.Split(' ', 2)[0].Contains('-', StringComparison.Ordinal))
            {
                // "start-end perms offset dev inode [path]": the path is the sixth field, if any.
                var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
                path = fields.Length == 6 ? fields[5] : "";
            }
            else if (line.StartsWith("Rss:", StringComparison.Ordinal))
            {
                var kb = Kb(line);
                resident += kb;
                if (path.StartsWith(indexFolder, StringComparison.Ordinal))
                {
                    index += kb;
                }
                else if (path.StartsWith('/'))
                {
                    files += kb;
                }
            }
            else if (line.StartsWith("Anonymous:", StringComparison.Ordinal))
            {
                // Private copies of file pages (relocations) are the process's own too.
                var kb = Kb(line);
                anonymous += kb;
                files -= path.StartsWith('/') && !path.StartsWith(indexFolder, StringComparison.Ordinal) ? kb : 0;
            }
        }
        var (heap, committed) = ManagedHeap(pid);
        return new ProcessMemory(resident, anonymous, index, files, heap, committed);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"resident {ResidentKb / 1024} MB = own (anonymous) {AnonymousKb / 1024} MB + search index pages {IndexFilesKb / 1024} MB + other mapped files {OtherFilesKb / 1024} MB; managed heap {ManagedHeapMb:0} MB in use, {GcCommittedMb:0} MB committed by the GC");

    private static long Kb(string line) => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    // The runtime's own counters (gc-heap-size: bytes in use at the last collection and
    // allocated since; gc-committed), read once over the diagnostics port as dotnet-counters does.
    private static (double HeapMb, double CommittedMb) ManagedHeap(int pid)
    {
        var provider = new EventPipeProvider("System.Runtime", EventLevel.Informational, -1,
            new Dictionary<string, string> { ["EventCounterIntervalSec"] = "1" });
        using var session = new DiagnosticsClient(pid).StartEventPipeSession(provider, requestRundown: false);
        using var source = new EventPipeEventSource(session.EventStream);
        double? heap = null, committed = null;
        source.Dynamic.All += e =>
        {
            if (e.EventName != "EventCounters" || e.PayloadValue(0) is not IDictionary<string, object> { } outer
                || outer["Payload"] is not IDictionary<string, object> payload)
            {
                return;
            }
            var value = Convert.ToDouble(payload["Mean"], CultureInfo.InvariantCulture);
            _ = payload["Name"] switch
            {
                "gc-heap-size" => heap = value,
                "gc-committed" => committed = value,
                _ => 0,
            };
            if (heap is not null && committed is not null)
            {
                // Stopping ends the stream Process reads; it must not wait on this callback.
                Task.Run(session.Stop);
            }
        };
        var reading = Task.Run(source.Process);
        if (!reading.Wait(TimeSpan.FromSeconds(15)) || heap is null || committed is null)
        {
            throw new InvalidOperationException("The app's runtime counters did not arrive within 15 s.");
        }
        return (heap.Value, committed.Value);
    }
}
