using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BlazorReader.Web.Feeds;

// What the answers to crawlers and feed readers share: absolute addresses on the host that was
// asked, and XML documents declared as the UTF-8 they are sent in (a writer over a string
// would declare UTF-16).
internal static class CrawlerResponses
{
    public static string Origin(this HttpRequest request) => $"{request.Scheme}://{request.Host}";

    public static ContentHttpResult Xml(string contentType, Action<XmlWriter> write)
    {
        var buffer = new StringBuilder();
        using (var x = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = false, OmitXmlDeclaration = true }))
        {
            write(x);
        }
        return TypedResults.Text("<?xml version=\"1.0\" encoding=\"utf-8\"?>" + buffer, contentType);
    }
}
