using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;

namespace BlazorReader.Web.Telemetry;

public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    // Off by default: metrics name the app's consumers and traffic, which is not for everyone.
    public bool Prometheus { get; set; }

    // Addresses (or networks, 10.0.0.0/8) a scraper may ask from. Null, not a default list:
    // the binder adds configured items to a list's defaults instead of replacing them.
    public IReadOnlyList<string>? AllowFrom { get; set; }

    public static readonly IReadOnlyList<string> LoopbackOnly = ["127.0.0.1", "::1"];

    public IReadOnlyList<string> AllowFromOrDefault => AllowFrom is { Count: > 0 } list ? list : LoopbackOnly;

    // An address is a network of itself alone.
    public static IPNetwork? ParseNetwork(string text) =>
        IPAddress.TryParse(text, out var address) ? new IPNetwork(address, address.GetAddressBytes().Length * 8)
        : IPNetwork.TryParse(text, out var network) ? network
        : null;
}

public sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = options.AllowFromOrDefault
            .Select((text, i) => (text, i))
            .Where(e => TelemetryOptions.ParseNetwork(e.text.Trim()) is null)
            .Select(e => string.Create(CultureInfo.InvariantCulture,
                $"{TelemetryOptions.Section}:AllowFrom:{e.i} is '{e.text}': not an IP address (127.0.0.1, ::1) or a network (10.0.0.0/8)."))
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
