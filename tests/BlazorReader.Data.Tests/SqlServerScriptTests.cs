using BlazorReader.Data.Articles;
using BlazorReader.Data.ChangeLog;
using BlazorReader.Data.Importing;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace BlazorReader.Data.Tests;

// SQL Server cannot run on these machines, so what the app would send it is parsed by
// Microsoft's own T-SQL parser instead: the migration script an operator runs, and every
// statement the app writes by hand rather than through EF.
public class SqlServerScriptTests
{
    private static ReaderDbContext SqlServerContext() => StoreRegistration.CreateContext(
        new StoreSettings(StoreProvider.SqlServer, Path.GetTempPath(), "Server=127.0.0.1;Database=BlazorReaderScript;TrustServerCertificate=True"));

    private static IList<ParseError> ErrorsOf(string sql)
    {
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
        return errors;
    }

    [Fact]
    public void The_idempotent_migration_script_parses_as_T_SQL()
    {
        using var db = SqlServerContext();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.Empty(ErrorsOf(script).Select(e => $"line {e.Line}: {e.Message}"));
        Assert.Contains("CREATE TABLE [Stories]", script, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_statement_is_caught_by_the_parser() =>
        Assert.NotEmpty(ErrorsOf("INSERT INTO [Articles] ([Title]) VALUES (@p0) RETURNING [Id];"));

    [Fact]
    public void The_bulk_inserts_are_T_SQL_and_hand_back_keys_with_OUTPUT()
    {
        using var db = SqlServerContext();
        string[] statements =
        [
            .. Statements(RowInserter<Article>.Create(db)),
            .. Statements(RowInserter<ArticleTeaser>.Create(db)),
            .. Statements(RowInserter<RemovedFragmentRecord>.Create(db)),
            .. Statements(RowInserter<ChangeLogEntry>.Create(db)),
        ];
        Assert.All(statements, sql => Assert.Empty(ErrorsOf(sql)));
        Assert.Contains("OUTPUT INSERTED.[Id]", statements[0], StringComparison.Ordinal);
    }

    private static string[] Statements<T>(RowInserter<T> inserter)
        where T : class => [inserter.OneSql, inserter.ManySql(1), inserter.ManySql(3)];
}
