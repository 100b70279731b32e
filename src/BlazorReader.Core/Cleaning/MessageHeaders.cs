using System.Text.RegularExpressions;

namespace BlazorReader.Core.Cleaning;

// An Internet message's headers copied with its body: a newsreader's post («Path:»,
// «Newsgroups:», «Message-ID: <…>», «Lines: 42»), a saved page's archive («MIME-Version: 1.0»,
// «Content-Type: multipart/related; boundary=…», «Snapshot-Content-Location: …») and the lines
// that part its pieces («------MultipartBoundary--…----»). Two fields only a message carries
// show the page is one; then its «From:», «Subject:» and «Date:» are its header too (the
// sender, the title, the date), not the story's «label: value» lines.
internal sealed partial class MessageHeaders : ICleaningStep
{
    private const int MinFields = 2;

    public void Apply(CleaningContext context)
    {
        if (context.Lines.Count(l => l.Tweet is null && Technical().IsMatch(l.Text)) < MinFields)
        {
            return;
        }
        context.RemoveWhere(l => Technical().IsMatch(l.Text) || Boundary().IsMatch(l.Text) ? "markup"
            : Common().Match(l.Text) is { Success: true } m ? m.Groups["name"].Value.ToLowerInvariant() switch
            {
                "from" or "sender" or "reply-to" => "byline",
                "subject" => "headline",
                "date" => "timestamp",
                _ => "markup",
            }
            : null);
    }

    [GeneratedRegex(@"^(Path|Newsgroups|Message-ID|References|Organization|Lines|NNTP-Posting-[A-Za-z]+|Xref|X-[A-Za-z][\w-]*|MIME-Version|Content-[A-Za-z-]+|Snapshot-Content-Location|User-Agent|In-Reply-To|Followup-To|Injection-[A-Za-z]+|Return-Path|Received|DKIM-Signature|Cancel-Lock|Complaints-To|Approved|Distribution):\s*\S", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Technical();

    [GeneratedRegex(@"^(?<name>From|Sender|Reply-To|To|Cc|Subject|Date):\s*\S", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Common();

    // A multipart boundary: dashes round a token with letters in it.
    [GeneratedRegex(@"^-{2,}[-=_.A-Za-z0-9]*[A-Za-z][-=_.A-Za-z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();
}
