using Microsoft.EntityFrameworkCore.Design;

namespace BlazorReader.Data.Sqlite;

// Lets `dotnet ef migrations add` build the model for SQLite without starting the app.
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<ReaderDbContext>
{
    public ReaderDbContext CreateDbContext(string[] args) =>
        StoreRegistration.CreateContext(StoreSettings.ForSqliteFolder(Path.GetTempPath()));
}
