using BlazorReader.Web.Setup;

var builder = WebApplication.CreateBuilder(args);
// Started from build output in Production, static web assets (MudBlazor's, our CSS and
// fonts) are only served when the app asks for them; see README, "Running".
builder.WebHost.UseStaticWebAssets();
builder.Services.AddBlazorReader(builder.Configuration);

var app = builder.Build();
await app.PrepareStoreAsync();
app.UseBlazorReader();
await app.RunAsync();

public partial class Program;
