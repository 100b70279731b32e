using System.Text.Json;
using BlazorReader.Core.Articles;
using Microsoft.Data.Sqlite;

namespace BlazorReader.Bench.Import;

// The second baseline of `bench import`: the rows an import stores (raw text and the cleaned
// article, its teasers and removed fragments) inserted into plain tables with prepared
// commands in one transaction, cleaning already done. What is left between this and the full
// import is the importer's own cost: cleaning, identity checks, indexes, change log, batches.
internal static class StoredRowsBaseline
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task InsertAsync(string file, IReadOnlyList<RawArticle> raws, IReadOnlyList<CleanedArticle> cleaned)
    {
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await ExecuteAsync(connection,
            "CREATE TABLE article (id INTEGER PRIMARY KEY, source TEXT, url TEXT, raw_title TEXT, raw TEXT, title TEXT, blocks TEXT);" +
            "CREATE TABLE teaser (id INTEGER PRIMARY KEY, article INTEGER, text TEXT);" +
            "CREATE TABLE removed (id INTEGER PRIMARY KEY, article INTEGER, text TEXT, reason TEXT, line INTEGER);");
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
        var article = Command(connection, "INSERT INTO article (id, source, url, raw_title, raw, title, blocks) VALUES ($1,$2,$3,$4,$5,$6,$7)", 7);
        var teaser = Command(connection, "INSERT INTO teaser (article, text) VALUES ($1,$2)", 2);
        var removed = Command(connection, "INSERT INTO removed (article, text, reason, line) VALUES ($1,$2,$3,$4)", 4);
        for (var i = 0; i < raws.Count; i++)
        {
            var (r, c) = (raws[i], cleaned[i]);
            await RunAsync(article, i + 1, r.Source, r.SourceUrl, r.Title, r.Text, c.Title, JsonSerializer.Serialize(c.Blocks, Json));
            foreach (var t in c.Teasers)
            {
                await RunAsync(teaser, i + 1, t.Text);
            }
            foreach (var f in c.Removed)
            {
                await RunAsync(removed, i + 1, f.Text, f.Reason, f.Line);
            }
        }
        await tx.CommitAsync();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++)
        {
            command.Parameters.Add("$" + i, SqliteType.Text);
        }
        return command;
    }

    private static async Task RunAsync(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        await command.ExecuteNonQueryAsync();
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
