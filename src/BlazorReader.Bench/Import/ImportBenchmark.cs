using System.CommandLine;
using System.Diagnostics;
using BlazorReader.Bench.Common;
using BlazorReader.Core.Articles;
using BlazorReader.Core.Cleaning;
using BlazorReader.Core.Importing;
using BlazorReader.Data;
using BlazorReader.Data.Importing;
using Microsoft.Data.Sqlite;

namespace BlazorReader.Bench.Import;

// `bench import CORPUS`: in one run, a baseline (read and parse the corpus, bulk-insert the
// raw rows into a plain SQLite table), cleaning alone, a second baseline inserting the rows an
// import stores (StoredRowsBaseline), and the full import into a fresh data folder. Figures are
// ratios to the baselines, so they compare across machines.
public static class ImportBenchmark
{
    public static Command CreateCommand()
    {
        var corpus = CorpusArgument.Create();
        var command = new Command("import", "Import against two baselines: parse and bulk insert of the raw rows, and of the rows an import stores.")
        {
            corpus,
        };
        command.SetAction((parse, _) => RunAsync(parse.GetValue(corpus)!, parse.InvocationConfiguration.Output));
        return command;
    }

    public static async Task<int> RunAsync(string corpus, TextWriter output)
    {
        var work = Directory.CreateTempSubdirectory("br-bench-").FullName;
        try
        {
            var parse = Stopwatch.StartNew();
            var articles = ArticleSourceReader.Read(corpus).Where(i => i.Article is not null).Select(i => i.Article!).ToList();
            parse.Stop();
            var insert = Stopwatch.StartNew();
            await PlainInsertAsync(Path.Combine(work, "baseline.db"), articles);
            insert.Stop();
            var baseline = parse.Elapsed + insert.Elapsed;

            var cleaner = new ArticleCleaner();
            var clean = Stopwatch.StartNew();
            var cleaned = articles.Select(cleaner.Clean).ToList();
            clean.Stop();
            var storedRows = Stopwatch.StartNew();
            await StoredRowsBaseline.InsertAsync(Path.Combine(work, "stored-rows.db"), articles, cleaned);
            storedRows.Stop();
            var rowsBaseline = parse.Elapsed + storedRows.Elapsed;

            var settings = StoreSettings.ForSqliteFolder(Path.Combine(work, "data"));
            var contexts = await StoreInitializer.OpenAsync(settings);
            var import = Stopwatch.StartNew();
            var summary = await new ArticleImporter(contexts, cleaner, TimeProvider.System)
                .ImportAsync(ArticleSourceReader.Read(corpus), ArticleStatus.Published);
            import.Stop();

            output.WriteLine($"articles read:            {articles.Count}");
            output.WriteLine($"baseline parse + insert:  {baseline.TotalSeconds,7:0.00} s (parse {parse.Elapsed.TotalSeconds:0.00} s, insert {insert.Elapsed.TotalSeconds:0.00} s)");
            output.WriteLine($"cleaning alone:           {clean.Elapsed.TotalSeconds,7:0.00} s = {articles.Count / clean.Elapsed.TotalSeconds:0} articles/s (one thread)");
            output.WriteLine($"full import with cleaning:{import.Elapsed.TotalSeconds,7:0.00} s = {summary.ArticlesPerSecond:0} articles/s; " +
                $"imported {summary.Imported}, skipped {summary.Skipped}, failed {summary.Failed}");
            output.WriteLine($"ratio full import / baseline: {import.Elapsed / baseline:0.00}x");
            output.WriteLine($"baseline 2, parse + plain insert of the stored rows (cleaned article, teasers, removed): {rowsBaseline.TotalSeconds:0.00} s " +
                $"(insert {storedRows.Elapsed.TotalSeconds:0.00} s); ratio full import / baseline 2: {import.Elapsed / rowsBaseline:0.00}x");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task PlainInsertAsync(string file, List<RawArticle> articles)
    {
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE raw (id INTEGER PRIMARY KEY, source TEXT, url TEXT, title TEXT, text TEXT)";
            await create.ExecuteNonQueryAsync();
        }
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO raw (source, url, title, text) VALUES ($s, $u, $t, $x)";
        var p = new[] { insert.Parameters.Add("$s", SqliteType.Text), insert.Parameters.Add("$u", SqliteType.Text),
            insert.Parameters.Add("$t", SqliteType.Text), insert.Parameters.Add("$x", SqliteType.Text) };
        foreach (var a in articles)
        {
            p[0].Value = (object?)a.Source ?? DBNull.Value;
            p[1].Value = (object?)a.SourceUrl ?? DBNull.Value;
            p[2].Value = (object?)a.Title ?? DBNull.Value;
            p[3].Value = a.Text;
            await insert.ExecuteNonQueryAsync();
        }
        await tx.CommitAsync();
    }
}
