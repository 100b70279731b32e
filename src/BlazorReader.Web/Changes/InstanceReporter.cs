using BlazorReader.Data;
using BlazorReader.Data.Instances;
using BlazorReader.Web.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BlazorReader.Web.Changes;

// Writes this instance's followers' positions to the store every Instances:ReportEvery, so
// that the admin dashboard of any instance shows every instance's lag; takes its rows away
// when the app stops. A store that cannot be reached is logged and tried again next time:
// reporting must never stop an instance from serving.
public sealed partial class InstanceReporter(
    IDbContextFactory<ReaderDbContext> contexts,
    FollowingProgress progress,
    InstanceIdentity identity,
    IOptions<InstanceOptions> options,
    TimeProvider clock,
    ILogger<InstanceReporter> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReportEvery, clock);
        do
        {
            await ReportAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task ReportAsync(CancellationToken ct)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var positions = progress.Snapshot().Select(c => new FollowerPosition(c.Name, c.Applied, c.OpenGaps, c.CaughtUp)).ToList();
            await InstanceReports.ReportAsync(db, identity.Name, identity.StartedAt, clock.GetUtcNow().UtcDateTime, positions, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogReportFailed(log, e);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await InstanceReports.ForgetAsync(db, identity.Name, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogReportFailed(log, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not report this instance's change-log positions to the store; trying again later.")]
    private static partial void LogReportFailed(ILogger log, Exception e);
}
