using System.ComponentModel.DataAnnotations;

namespace BlazorReader.Web.Setup;

// The app's configuration sections beside the store's (StoreOptions), bound and checked when
// the app starts: a bad value stops the start with its key and what it must be.
public static class ReaderOptions
{
    public static IServiceCollection AddReaderOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection(SeedOptions.Section)).ValidateOnStart();
        services.AddOptions<ChangeLogOptions>().Bind(configuration.GetSection(ChangeLogOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IndexOptions>().Bind(configuration.GetSection(IndexOptions.Section)).ValidateOnStart();
        services.AddOptions<RelatedOptions>().Bind(configuration.GetSection(RelatedOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<InstanceOptions>().Bind(configuration.GetSection(InstanceOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}

public sealed class SeedOptions
{
    public const string Section = "Seeds";

    // Raw articles imported on a first start (a store never written); seeds/ beside the app when unset.
    public string? Directory { get; set; }
}

public sealed class ChangeLogOptions
{
    public const string Section = "ChangeLog";

    // How many changes behind the log a consumer may be before it rebuilds from the store.
    [Range(0, int.MaxValue, ErrorMessage = "ChangeLog:RebuildAfter is a number of changes: 0 or more.")]
    public int RebuildAfter { get; set; } = 1000;

    // How long a sequence number taken by a transaction not yet committed is looked for before
    // it counts as rolled back (ChangeLogCursor). Longer than any write transaction stays open.
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "ChangeLog:GapTimeout is a duration from 00:00:01 to 1.00:00:00.")]
    public TimeSpan GapTimeout { get; set; } = TimeSpan.FromMinutes(2);
}

public sealed class RelatedOptions
{
    public const string Section = "Related";

    // How long the related index stays in memory after the last change; a timer waits for it,
    // and timers wait at most 49 days.
    [Range(typeof(TimeSpan), "00:00:00", "49.00:00:00", ErrorMessage = "Related:KeepIndexFor is a duration from 00:00:00 to 49.00:00:00.")]
    public TimeSpan KeepIndexFor { get; set; } = TimeSpan.FromMinutes(10);

    // How long the instance that writes stories and related lists holds the right to, between
    // renewals (every third of it): how soon another takes over from one that stopped unannounced.
    [Range(typeof(TimeSpan), "00:00:02", "01:00:00", ErrorMessage = "Related:LeaseFor is a duration from 00:00:02 to 01:00:00.")]
    public TimeSpan LeaseFor { get; set; } = TimeSpan.FromSeconds(15);

    // How long the change log must be quiet before the holder refreshes every list against the
    // corpus as it now stands (RelatedStoryService.RefreshAsync): a burst of imports is one
    // refresh, not one per batch.
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00", ErrorMessage = "Related:RefreshAfterQuiet is a duration from 00:00:00.100 to 1.00:00:00.")]
    public TimeSpan RefreshAfterQuiet { get; set; } = TimeSpan.FromSeconds(30);

    // A busy site's log is never quiet for long: past this since the last refresh, the holder
    // refreshes after its next batch without waiting for quiet, so lists never drift for long.
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "Related:RefreshAtLeastEvery is a duration from 00:00:01 to 7.00:00:00.")]
    public TimeSpan RefreshAtLeastEvery { get; set; } = TimeSpan.FromHours(1);
}

public sealed class InstanceOptions
{
    public const string Section = "Instances";

    // How often this instance writes its followers' positions to the store for the dashboard;
    // an instance silent for three times this is shown as gone.
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Instances:ReportEvery is a duration from 00:00:01 to 01:00:00.")]
    public TimeSpan ReportEvery { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan SilentAfter => 3 * ReportEvery;
}

public sealed class IndexOptions
{
    public const string Section = "Index";

    // A folder written by `cli index snapshot`: an instance whose index holds nothing yet
    // restores it and replays only the change log after it, instead of rebuilding.
    public string? Snapshot { get; set; }
}
