using Platform.Gateway;
using Platform.Gateway.Cli;
using Platform.Gateway.Management;
using Platform.Gateway.ServiceDefaults;

if (await PlatformCli.TryRunAsync(args) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddPlatform();

builder.WebHost.UseUrls(ManagementPipeline.ListenUrls(builder.Configuration, ManagementOptions.Read(builder.Configuration)));

var app = builder.Build();

app.UseManagementPort();
app.MapDefaultEndpoints();
app.MapPlatform();
app.MapManagementDashboard();

await app.RunAsync();
return 0;
