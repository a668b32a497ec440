using Platform.Gateway;
using Platform.Gateway.Cli;
using Platform.Gateway.ServiceDefaults;

if (await PlatformCli.TryRunAsync(args) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddPlatform();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapPlatform();

await app.RunAsync();
return 0;
