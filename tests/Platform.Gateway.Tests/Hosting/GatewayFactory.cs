using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Gateway.Pages;
using Platform.Gateway.Tenancy;

namespace Platform.Gateway.Tests.Hosting;

/// <summary>
/// The real gateway (Program) in the Production environment with platform domain <c>blogs.test</c>, plus
/// test-only endpoints added through an <see cref="IStartupFilter"/>: a tenant echo page at every blog path, and a
/// few API endpoints. Requests may set <c>X-Test-Peer</c> to choose the connection's remote address.
/// </summary>
public class GatewayFactory : WebApplicationFactory<Program>
{
    public const string PeerHeader = "X-Test-Peer";

    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Platform:Domain", "blogs.test");
        builder.UseSetting("Platform:CustomDomains:alice.example", "alice");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        foreach (var (key, value) in FreePort.SiloSettings())
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Storage:Provider", "memory");
        builder.UseSetting("Platform:SeedDemo", "false");
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IStartupFilter, TestEndpointsStartupFilter>();
            services.AddSingleton<IBlogPageHandler, StandInPages>();
        });
    }

    private sealed class TestEndpointsStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(PeerHeader, out var peer))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }

    /// <summary>Stands in for the blog's pages: echoes what tenancy and forwarded headers made of the request.</summary>
    private sealed class StandInPages : IBlogPageHandler
    {
        public async Task HandleAsync(HttpContext context, BlogContext blog)
        {
            if (context.Request.Path == "/throw")
            {
                throw new InvalidOperationException("page failure for a test");
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(
                $"<html><body><p>{new string('x', 2000)}</p>blog={blog.Blog};source={blog.Source};base={blog.PathBase};path={context.Request.Path};scheme={context.Request.Scheme};host={context.Request.Host};peer={context.Connection.RemoteIpAddress}</body></html>");
        }
    }
}
