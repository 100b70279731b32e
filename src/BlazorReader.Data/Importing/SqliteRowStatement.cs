using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace BlazorReader.Data.Importing;

// An insert run through SQLite's own API on the connection's handle, inside its transaction.
// Through SqliteCommand a row's 25 parameters were found by name and its text turned into UTF-8
// on the writing thread: half of the article inserts' time there. Here values arrive already
// in SQLite's forms (Encode, run on the preparing cores) and are bound by position.
internal sealed class SqliteRowStatement : IDisposable
{
    private static readonly HashSet<Type> Supported =
        [typeof(string), typeof(bool), typeof(int), typeof(long), typeof(short), typeof(byte), typeof(double), typeof(float), typeof(DateTime), typeof(Guid)];

    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;

    private SqliteRowStatement(sqlite3 db, sqlite3_stmt statement)
    {
        this.db = db;
        this.statement = statement;
    }

    // Types whose stored form here is the one Microsoft.Data.Sqlite writes for EF's mappings.
    public static bool CanStore(Type clrType) => Supported.Contains(Nullable.GetUnderlyingType(clrType) ?? clrType);

    // Parameters are bound by position: the SQL must name them in the order of the values.
    public static SqliteRowStatement Prepare(SqliteConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var rc = raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement);
        SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        return new SqliteRowStatement(connection.Handle!, statement);
    }

    // As Microsoft.Data.Sqlite binds them: text as UTF-8 (dates in its text format, GUIDs
    // upper case), whole numbers and booleans as integers.
    public static object?[] Encode(object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return [.. values.Select<object?, object?>(value => value switch
        {
            null => null,
            string s => Encoding.UTF8.GetBytes(s),
            bool b => b ? 1L : 0L,
            int or long or short or byte => Convert.ToInt64(value, CultureInfo.InvariantCulture),
            double or float => Convert.ToDouble(value, CultureInfo.InvariantCulture),
            DateTime d => Encoding.UTF8.GetBytes(d.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
            Guid g => Encoding.UTF8.GetBytes(g.ToString().ToUpperInvariant()),
            _ => throw new NotSupportedException($"{value.GetType().Name} values are not stored through SqliteRowStatement."),
        })];
    }

    // The new row's key.
    public long Insert(object?[] encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        for (var i = 0; i < encoded.Length; i++)
        {
            var index = i + 1;
            var rc = encoded[i] switch
            {
                null => raw.sqlite3_bind_null(statement, index),
                // An empty span has no address, which SQLite would take for NULL.
                byte[] { Length: 0 } => raw.sqlite3_bind_text(statement, index, ""),
                byte[] text => raw.sqlite3_bind_text(statement, index, text.AsSpan()),
                long number => raw.sqlite3_bind_int64(statement, index, number),
                double real => raw.sqlite3_bind_double(statement, index, real),
                var other => throw new NotSupportedException($"{other.GetType().Name} is not an encoded value."),
            };
            SqliteException.ThrowExceptionForRC(rc, db);
        }
        var step = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (step != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(step, db);
        }
        return raw.sqlite3_last_insert_rowid(db);
    }

    public void Dispose() => statement.Dispose();
}
