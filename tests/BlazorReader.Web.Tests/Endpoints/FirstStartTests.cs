namespace BlazorReader.Web.Tests.Endpoints;

public class FirstStartTests
{
    [Fact]
    public async Task Seeds_are_imported_once_across_two_starts_on_the_same_data_folder()
    {
        var folder = ReaderAppFactory.NewDataDirectory();
        var seeds = Directory.GetFiles(ReaderAppFactory.SeedDirectory).Length;
        await using (var first = new ReaderAppFactory(folder))
        {
            first.CreateClient().Dispose();
            Assert.Equal(seeds, await first.CountArticlesAsync());
        }
        await using (var second = new ReaderAppFactory(folder))
        {
            second.CreateClient().Dispose();
            Assert.Equal(seeds, await second.CountArticlesAsync());
        }
        ReaderAppFactory.DeleteFolder(folder);
    }

    [Fact]
    public async Task The_data_folder_is_created_with_the_database_and_keys_inside_it()
    {
        var folder = ReaderAppFactory.NewDataDirectory();
        await using (var app = new ReaderAppFactory(folder))
        {
            app.CreateClient().Dispose();
        }
        Assert.True(File.Exists(Path.Combine(folder, "blazorreader.db")));
        Assert.True(Directory.Exists(Path.Combine(folder, "keys")));
        ReaderAppFactory.DeleteFolder(folder);
    }
}
