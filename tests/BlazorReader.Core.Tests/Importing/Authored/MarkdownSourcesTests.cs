using System.IO.Compression;
using System.Text;
using BlazorReader.Core.Importing;

namespace BlazorReader.Core.Tests.Importing.Authored;

// .md files alone, in a folder or in a zip, read by the one source reader with their pictures.
public sealed class MarkdownSourcesTests : IDisposable
{
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 1];
    private readonly string folder = Directory.CreateTempSubdirectory("br-md-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void A_folder_gives_its_articles_and_their_pictures_are_not_articles_of_their_own()
    {
        Write("news/a.md", "---\ntitle: خبر أول\n---\n![مبنى](pics/b.png)");
        Directory.CreateDirectory(Path.Combine(folder, "news/pics"));
        File.WriteAllBytes(Path.Combine(folder, "news/pics/b.png"), Png);
        Write("news/z.txt", "خبر من ملف نصي");
        var items = ArticleSourceReader.Read(folder).ToList();
        Assert.Equal(2, items.Count);
        Assert.Null(items[0].Error);
        Assert.Equal(Png, Assert.Single(items[0].Authored!.Pictures).Bytes);
        Assert.Null(items[1].Authored);
    }

    [Fact]
    public void A_lone_md_file_reads_its_pictures_beside_it()
    {
        File.WriteAllBytes(Path.Combine(folder, "lead.png"), Png);
        var item = Assert.Single(ArticleSourceReader.Read(Write("one.md", "---\ntitle: خبر\nimage: lead.png\nimageAlt: صورة\n---\nنص")));
        Assert.Equal("lead.png", item.Authored!.Lead!.Path);
    }

    [Fact]
    public void In_a_zip_a_picture_is_found_relative_to_its_article_entry()
    {
        var zip = Path.Combine(folder, "batch.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            using (var w = new StreamWriter(archive.CreateEntry("2024/good.md").Open()))
            {
                w.Write("---\ntitle: خبر\n---\n![شعار](img/logo.png)");
            }
            using (var w = new StreamWriter(archive.CreateEntry("2024/bad.md").Open()))
            {
                w.Write("---\ntitle: خبر آخر\n---\n![شعار](logo.png)");
            }
            using (var s = archive.CreateEntry("2024/img/logo.png").Open())
            {
                s.Write(Png);
            }
        }
        var items = ArticleSourceReader.Read(zip).ToList();
        Assert.Equal(2, items.Count);
        Assert.EndsWith("batch.zip!2024/bad.md", items[0].Origin, StringComparison.Ordinal);
        Assert.Equal("picture 'logo.png': not found in the zip beside the Markdown file", items[0].Error);
        var picture = Assert.Single(items[1].Authored!.Pictures);
        Assert.Equal("img/logo.png", picture.Path);
        Assert.Equal(Png, picture.Bytes);
    }

    [Fact]
    public void A_picture_named_alone_is_still_refused_as_an_article()
    {
        File.WriteAllBytes(Path.Combine(folder, "a.png"), Png);
        Assert.Equal("'.png' files are not articles (use .txt, .md, .json, .jsonl, .zip or .html)",
            Assert.Single(ArticleSourceReader.Read(Path.Combine(folder, "a.png"))).Error);
    }
}
