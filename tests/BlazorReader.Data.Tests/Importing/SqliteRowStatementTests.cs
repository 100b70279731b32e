using System.Globalization;
using BlazorReader.Data.Articles;
using BlazorReader.Data.Importing;
using Microsoft.Data.Sqlite;

namespace BlazorReader.Data.Tests.Importing;

// Rows written through SQLite's own API must be stored exactly as SqliteCommand stores the same
// values: same text, same storage type, and an empty string is not NULL.
public class SqliteRowStatementTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Values_are_stored_as_SqliteCommand_stores_them()
    {
        object?[] values = ["", null, "نص عربي", true, 7, 1234567890123L, 2.5, new DateTime(2015, 8, 11, 6, 30, 0, 123, DateTimeKind.Utc),
            Guid.Parse("74c2cd18-2210-4440-b9b4-632a5ac7fb3d")];
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(Ct);
        var columns = string.Join(", ", values.Select((_, i) => "c" + i.ToString(CultureInfo.InvariantCulture)));
        var parameters = string.Join(", ", values.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)));
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = $"CREATE TABLE t (id INTEGER PRIMARY KEY, {columns})";
            await create.ExecuteNonQueryAsync(Ct);
        }
        var sql = $"INSERT INTO t ({columns}) VALUES ({parameters})";
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = sql;
            for (var i = 0; i < values.Length; i++)
            {
                var parameter = command.Parameters.AddWithValue("@p" + i.ToString(CultureInfo.InvariantCulture), values[i] ?? DBNull.Value);
                if (values[i] is Guid)
                {
                    parameter.SqliteType = SqliteType.Text;
                }
            }
            await command.ExecuteNonQueryAsync(Ct);
        }
        using (var statement = SqliteRowStatement.Prepare(connection, sql))
        {
            Assert.Equal(2, statement.Insert(SqliteRowStatement.Encode(values)));
        }
        Assert.Equal(await RowAsync(connection, 1), await RowAsync(connection, 2));
        Assert.Contains("TEXT:|null|TEXT:نص عربي|INTEGER:1|INTEGER:7|", await RowAsync(connection, 2), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_rows_go_through_the_SQLite_statement_on_a_SQLite_store_only()
    {
        await using var store = await TestStore.CreateAsync();
        await using var db = store.Open();
        Assert.Equal(TestStore.Provider == StoreProvider.Sqlite, RowColumns<Article>.Create(db).SqliteRows);
    }

    private static async Task<string> RowAsync(SqliteConnection connection, long id)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM t WHERE id = " + id.ToString(CultureInfo.InvariantCulture);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        Assert.True(await reader.ReadAsync(Ct));
        return string.Join("|", Enumerable.Range(1, reader.FieldCount - 1).Select(i => reader.IsDBNull(i) ? "null" : reader.GetDataTypeName(i) + ":" + reader.GetString(i)));
    }
}
