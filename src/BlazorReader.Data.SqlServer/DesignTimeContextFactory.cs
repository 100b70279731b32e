using Microsoft.EntityFrameworkCore.Design;

namespace BlazorReader.Data.SqlServer;

// Lets `dotnet ef migrations add` build the SQL Server model; no server is contacted.
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<ReaderDbContext>
{
    public ReaderDbContext CreateDbContext(string[] args) => StoreRegistration.CreateContext(
        new StoreSettings(StoreProvider.SqlServer, Path.GetTempPath(), "Server=localhost;Database=BlazorReader;Trusted_Connection=True;TrustServerCertificate=True"));
}
