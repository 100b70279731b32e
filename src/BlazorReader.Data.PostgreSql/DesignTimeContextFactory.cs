using Microsoft.EntityFrameworkCore.Design;

namespace BlazorReader.Data.PostgreSql;

// Lets `dotnet ef migrations add` build the PostgreSQL model; no server is contacted.
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<ReaderDbContext>
{
    public ReaderDbContext CreateDbContext(string[] args) => StoreRegistration.CreateContext(
        new StoreSettings(StoreProvider.PostgreSql, Path.GetTempPath(), "Host=127.0.0.1;Database=blazorreader;Username=blazorreader"));
}
