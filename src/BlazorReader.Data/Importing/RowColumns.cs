using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BlazorReader.Data.Importing;

// The columns a RowInserter writes for one entity type, from the EF model and the provider's
// type mappings. A row's values are converted to their stored form by ValuesOf, which needs no
// connection, so the import does it on the preparing cores: the blocks' JSON, converted on the
// writing thread, was a sixth of the article inserts' time there.
internal sealed class RowColumns<T>
    where T : class
{
    // Mapping is for the stored value: a converted column's value is already converted.
    internal sealed record Column(IProperty Property, RelationalTypeMapping Mapping, string Name, IClrPropertyGetter Getter, ValueConverter? Converter);

    private RowColumns(IProperty key, StoreObjectIdentifier table, Column[] columns, bool sqliteRows)
    {
        Key = key;
        Table = table;
        Columns = columns;
        SqliteRows = sqliteRows;
    }

    public IProperty Key { get; }
    public StoreObjectIdentifier Table { get; }
    public IReadOnlyList<Column> Columns { get; }

    // On SQLite, when every column's stored type allows, rows are written through SQLite's own
    // API (SqliteRowStatement) and RowOf gives their values already in its forms.
    public bool SqliteRows { get; }

    // Every column but the key, which the store generates.
    public static RowColumns<T> Create(ReaderDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = entity.FindPrimaryKey()!.Properties.Single();
        if (key.ValueGenerated != ValueGenerated.OnAdd)
        {
            throw new InvalidOperationException($"{typeof(T).Name}: rows are inserted with a store-generated key.");
        }
        var mappings = db.GetService<IRelationalTypeMappingSource>();
        var columns = entity.GetProperties().Where(p => p != key).Select((p, i) =>
        {
            if (p.IsShadowProperty())
            {
                throw new InvalidOperationException($"{typeof(T).Name}.{p.Name} is a shadow property; rows need every value on the entity.");
            }
            var mapping = (RelationalTypeMapping)p.GetRelationalTypeMapping();
            var stored = mapping.Converter is { } converter
                ? mappings.FindMapping(converter.ProviderClrType, mapping.StoreType, unicode: mapping.IsUnicode, size: mapping.Size,
                    fixedLength: mapping.IsFixedLength, precision: mapping.Precision, scale: mapping.Scale)
                    ?? throw new InvalidOperationException($"{typeof(T).Name}.{p.Name}: no mapping for its stored type {mapping.StoreType}.")
                : mapping;
            return new Column(p, stored, "p" + i.ToString(CultureInfo.InvariantCulture), p.GetGetter(), mapping.Converter);
        }).ToArray();
        var sqliteRows = db.Database.IsSqlite() && columns.All(c => SqliteRowStatement.CanStore(c.Mapping.ClrType));
        return new RowColumns<T>(key, table, columns, sqliteRows);
    }

    // The values RowInserter.InsertRowAsync takes. Safe on any thread, like ValuesOf.
    public object?[] RowOf(T row) => SqliteRows ? SqliteRowStatement.Encode(ValuesOf(row)) : ValuesOf(row);

    // Safe on any thread: the model and its converters are shared and immutable.
    public object?[] ValuesOf(T row)
    {
        var values = new object?[Columns.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var column = Columns[i];
            var value = column.Getter.GetClrValueUsingContainingEntity(row);
            values[i] = column.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }
        return values;
    }
}
