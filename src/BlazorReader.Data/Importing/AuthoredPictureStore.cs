using BlazorReader.Core.Importing;
using BlazorReader.Core.Importing.Authored;
using BlazorReader.Data.Media;
using BlazorReader.Imaging;

namespace BlazorReader.Data.Importing;

// Markdown articles' pictures go into the media library before the articles are prepared, so
// each body names its pictures as media:ID. Every picture of an article passes the upload rules
// (type by content, limits, metadata stripped) before any is stored: a refused picture fails
// its article alone, and leaves nothing of it in the library. The same bytes twice are one
// library picture (the library's content hash), so importing a file again stores nothing new.
internal sealed class AuthoredPictureStore(MediaLibrary library, UploadLimits limits)
{
    public async Task<ImportItem[]> StoreAsync(ImportItem[] batch, CancellationToken ct)
    {
        // Decoding and re-encoding is the costly part: on every core, for the whole batch at once.
        var checkedPictures = batch.SelectMany(i => i.Authored?.Pictures ?? []).Distinct()
            .AsParallel().Select(p => (Picture: p, Outcome: PictureUpload.Check(p.Bytes, limits))).ToDictionary(c => c.Picture, c => c.Outcome);
        var stored = new ImportItem[batch.Length];
        for (var i = 0; i < batch.Length; i++)
        {
            stored[i] = batch[i].Authored is { } authored ? await StoreAsync(batch[i], authored, checkedPictures, ct) : batch[i];
        }
        return stored;
    }

    private async Task<ImportItem> StoreAsync(ImportItem item, AuthoredArticle authored, Dictionary<AuthoredPicture, UploadOutcome> checkedPictures,
        CancellationToken ct)
    {
        // An article the edit form's checks refuse would leave its pictures in the library unused.
        if (item.Article is { } raw && AuthoredArticleRow.Problems(raw, authored) is { } problems)
        {
            return ImportItem.Failed(item.Origin, problems);
        }
        var accepted = new List<(string Path, NewMedia Media)>();
        var errors = new List<string>();
        foreach (var picture in authored.Pictures)
        {
            var outcome = checkedPictures[picture];
            if (outcome.Picture is not { } p)
            {
                errors.Add($"picture '{picture.Path}' refused: {outcome.Error}");
                continue;
            }
            var media = new NewMedia(p.Bytes, p.ContentType, p.Width, p.Height, p.ContentHash, picture.Alt, picture.Caption, null);
            if (MediaLibrary.Refusal(media) is { } words)
            {
                errors.Add($"picture '{picture.Path}': {words}");
                continue;
            }
            accepted.Add((picture.Path, media));
        }
        if (errors.Count > 0)
        {
            return ImportItem.Failed(item.Origin, string.Join("; ", errors));
        }
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (path, media) in accepted)
        {
            var saved = await library.AddAsync(media, userName: null, ct);
            ids[path] = saved.Id ?? throw new InvalidOperationException(saved.Error);
        }
        return item with { Authored = authored.WithMedia(ids) };
    }
}
