using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace BlazorReader.Data.Tests;

// Every stored column of a table as text, with the storage type of each value, read through
// the connection so that no EF conversion hides a difference in what was written.
internal static class StoredRows
{
    public static async Task<List<string>> ReadAsync<T>(TestStore store, string orderBy, params string[] except)
    {
        await using var db = store.Open();
        var table = db.Model.FindEntityType(typeof(T))!.GetTableName();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        // Names quoted: PostgreSQL folds unquoted names to lower case.
        var order = string.Join(", ", orderBy.Split(',', StringSplitOptions.TrimEntries).Select(c => $"\"{c}\""));
        command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY {order}";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount)
                .Where(i => !except.Contains(reader.GetName(i)))
                .Select(i => $"{reader.GetName(i)}={Describe(reader.GetValue(i))}")));
        }
        return rows;
    }

    private static string Describe(object value) => value switch
    {
        DBNull => "null",
        byte[] bytes => "blob:" + Convert.ToHexString(bytes),
        IFormattable f => value.GetType().Name + ":" + f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.GetType().Name + ":" + value,
    };
}
