using System.Globalization;
using System.Text;
using BlazorReader.Core.Articles;
using BlazorReader.Web.Formatting;

namespace BlazorReader.Web.Rendering;

// A tweet rendered from stored data: no third-party script, and its text in its own direction.
internal static class TweetCardHtml
{
    public static StringBuilder AppendTweet(this StringBuilder sb, ContentBlock tweet)
    {
        sb.Append("<figure class=\"tweet\"").AppendAttribute("dir", BidiHtml.Dir(tweet.Dir)).Append("><blockquote>")
            .AppendBidi(tweet.Text, tweet.Dir).Append("</blockquote>");
        // Each part isolated: the author's name may be Latin in an Arabic card, and the Arabic
        // date would have its digits reordered inside a left-to-right card.
        sb.Append("<figcaption><span>— <bdi>").AppendText(tweet.AuthorName).Append("</bdi></span>");
        if (!string.IsNullOrEmpty(tweet.Handle))
        {
            sb.Append("<bdi dir=\"ltr\">").AppendText("@" + tweet.Handle).Append("</bdi>");
        }
        if (tweet.Date is { } d)
        {
            sb.Append("<time dir=\"rtl\"").AppendAttribute("datetime", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('>')
                .AppendText(ArabicDate.Format(d.ToDateTime(TimeOnly.MinValue))).Append("</time>");
        }
        // Only web links become anchors; anything else (javascript:, data:) stays out of the page.
        if (SafeUrls.Web(tweet.Url) is { } url)
        {
            sb.Append("<a").AppendAttribute("href", url).Append(" rel=\"nofollow noopener\" dir=\"ltr\">").AppendText(url).Append("</a>");
        }
        return sb.Append("</figcaption></figure>");
    }
}
