namespace BlazorReader.Web.Http;

// HEAD is GET without the body (RFC 9110 9.3.2), but pages and feeds map GET only, so link
// checkers and uptime monitors got 404. The server still knows the request was HEAD and
// sends no body (Kestrel drops body writes for HEAD).
public sealed class HeadAsGet(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (HttpMethods.IsHead(context.Request.Method))
        {
            context.Request.Method = HttpMethods.Get;
        }
        return next(context);
    }
}
