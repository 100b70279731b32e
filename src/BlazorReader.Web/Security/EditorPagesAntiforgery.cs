using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Forms;
using BlazorReader.Web.Setup;

namespace BlazorReader.Web.Security;

// Blazor's own provider, once an interactive render mode exists, mints an antiforgery token
// on every page it renders: a cookie plus "Cache-Control: no-store", which would make every
// reading page uncacheable. Only the editors' forms (login, logout) need a token, so only
// their paths get one. Interactive admin pages post nothing through HTTP forms.
public sealed class EditorPagesAntiforgery(IHttpContextAccessor http, IAntiforgery antiforgery) : AntiforgeryStateProvider
{
    public override AntiforgeryRequestToken? GetAntiforgeryToken()
    {
        if (http.HttpContext is not { } context || !ReaderServices.IsEditorPath(context.Request.Path))
        {
            return null;
        }
        var tokens = antiforgery.GetAndStoreTokens(context);
        return tokens.RequestToken is null ? null : new AntiforgeryRequestToken(tokens.RequestToken, tokens.FormFieldName);
    }
}
