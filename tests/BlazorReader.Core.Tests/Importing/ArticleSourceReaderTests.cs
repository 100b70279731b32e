using System.IO.Compression;
using System.Text;
using BlazorReader.Core.Importing;

namespace BlazorReader.Core.Tests.Importing;

public sealed class ArticleSourceReaderTests : IDisposable
{
    private const string Json = """[{"source":"sabq","url":"https://sabq.org/1","date_extracted":"2015-07-21 10:30:00","title":"عنوان","author":"","content":"نص الخبر","tags":"x"}, {"source":"sabq","content":""}]""";
    private readonly string folder = Directory.CreateTempSubdirectory("br-reader-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void Reads_a_corpus_json_array_with_metadata_and_unknown_fields_kept()
    {
        var items = ArticleSourceReader.Read(Write("day.json", Json)).ToList();
        var a = items[0].Article!;
        Assert.Equal(("sabq", "https://sabq.org/1", "عنوان", "نص الخبر"), (a.Source, a.SourceUrl, a.Title, a.Text));
        Assert.Equal(new DateTime(2015, 7, 21, 10, 30, 0, DateTimeKind.Utc), a.PublishedAt);
        Assert.Null(a.Author);
        Assert.Equal("x", a.Extra!["tags"]);
        Assert.EndsWith("day.json#1", items[1].Origin, StringComparison.Ordinal);
        Assert.Equal("the article has no content", items[1].Error);
    }

    [Fact]
    public void Reads_jsonl_one_article_a_line_and_reports_a_bad_line_by_number()
    {
        var items = ArticleSourceReader.Read(Write("a.jsonl", "{\"content\":\"خبر أول\"}\n{broken\n\n{\"content\":\"خبر ثالث\"}\n")).ToList();
        Assert.Equal(3, items.Count);
        Assert.EndsWith("a.jsonl:2", items[1].Origin, StringComparison.Ordinal);
        Assert.StartsWith("not valid JSON", items[1].Error, StringComparison.Ordinal);
        Assert.Equal("خبر ثالث", items[2].Article!.Text);
    }

    [Fact]
    public void Reads_every_entry_of_a_zip_in_order()
    {
        var zip = Path.Combine(folder, "batch.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            using (var w = new StreamWriter(archive.CreateEntry("b.txt").Open()))
            {
                w.Write("خبر من ملف نصي");
            }
            using (var w = new StreamWriter(archive.CreateEntry("a.json").Open()))
            {
                w.Write(Json);
            }
        }
        var items = ArticleSourceReader.Read(zip).ToList();
        Assert.Equal(3, items.Count);
        Assert.EndsWith("batch.zip!a.json#0", items[0].Origin, StringComparison.Ordinal);
        Assert.Equal("خبر من ملف نصي", items[2].Article!.Text);
    }

    [Fact]
    public void Extracts_the_main_text_of_an_html_page()
    {
        var body = string.Concat(Enumerable.Repeat("<p>أعلنت الوزارة اليوم عن إطلاق برنامج جديد لدعم الطلاب في جميع المناطق، ويشمل البرنامج منحا دراسية وتدريبا عمليا.</p>", 6));
        var html = $"<html><head><title>برنامج جديد لدعم الطلاب</title></head><body><nav><a href='/'>الرئيسية</a></nav><article><h1>برنامج جديد لدعم الطلاب</h1>{body}</article><footer>© 2020</footer></body></html>";
        var item = ArticleSourceReader.Read(Write("page.html", html)).Single();
        Assert.Contains("أعلنت الوزارة اليوم", item.Article!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("الرئيسية", item.Article.Text, StringComparison.Ordinal);
        Assert.Equal("برنامج جديد لدعم الطلاب", item.Article.Title);
    }

    [Fact]
    public void Reads_a_folder_recursively_with_bad_files_among_good_ones()
    {
        Write("a.txt", "خبر أول");
        Write("sub/b.txt", "خبر ثان");
        Write("sub/c.json", "{not json");
        Write("d.txt", "");
        File.WriteAllBytes(Path.Combine(folder, "e.txt"), [0x00, 0x01, 0x02, 0x03]);
        Write("f.docx", "x");
        var items = ArticleSourceReader.Read(folder).ToList();
        Assert.Equal(2, items.Count(i => i.Article is not null));
        Assert.Equal(4, items.Count(i => i.Error is not null));
        Assert.All(items.Where(i => i.Error is not null), i => Assert.False(string.IsNullOrWhiteSpace(i.Origin)));
    }

    [Fact]
    public void A_missing_path_is_one_failed_item()
    {
        var item = Assert.Single(ArticleSourceReader.Read(Path.Combine(folder, "nope.txt")));
        Assert.Equal("file not found", item.Error);
    }
}
