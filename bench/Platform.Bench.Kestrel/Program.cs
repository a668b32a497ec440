// Bare Kestrel baseline for bench/gateway/run.sh: answers every request with the same bytes, read once from the
// file given as the first argument. No routing, no logging, no middleware: Kestrel and the minimal request pipeline.
// Usage: dotnet Platform.Bench.Kestrel.dll PAYLOAD_FILE --urls http://127.0.0.1:PORT

if (args.Length != 3 || args[1] != "--urls" || !File.Exists(args[0]))
{
    await Console.Error.WriteLineAsync("usage: Platform.Bench.Kestrel PAYLOAD_FILE --urls http://127.0.0.1:PORT");
    return 2;
}

var payload = await File.ReadAllBytesAsync(args[0]);
var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
builder.WebHost.UseKestrelCore();
builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
var app = builder.Build();
app.Urls.Add(args[2]);
app.Run(context =>
{
    var response = context.Response;
    response.ContentType = "text/html; charset=utf-8";
    response.ContentLength = payload.Length;
    return response.Body.WriteAsync(payload, context.RequestAborted).AsTask();
});
await app.RunAsync();
return 0;
