using Microsoft.Extensions.Options;

namespace BlazorReader.Web.Tests.Setup;

// Every configuration section is bound and checked when the app starts, before the store is
// touched: a bad value stops the start with a message naming its key.
public sealed class SettingsCheckedAtStartTests
{
    [Theory]
    [InlineData("ChangeLog:RebuildAfter", "-1")]
    [InlineData("Related:KeepIndexFor", "-00:00:01")]
    [InlineData("Related:RefreshAtLeastEvery", "00:00:00")]
    [InlineData("Instances:ReportEvery", "00:00:00")]
    [InlineData("Database:Provider", "Oracle")]
    [InlineData("Database:Provider", "SqlServer")]
    public async Task A_bad_value_stops_the_start_naming_its_key_before_the_store_is_created(string key, string value)
    {
        await using var app = new ReaderAppFactory(settings: new Dictionary<string, string> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(app.DataDirectory));
    }
}
