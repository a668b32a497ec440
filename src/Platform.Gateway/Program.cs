using Platform.Gateway;
using Platform.Gateway.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddPlatform();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapPlatform();

app.Run();
