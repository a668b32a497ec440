using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Gateway.Tests.Hosting;

/// <summary>
/// Maps test-only API endpoints onto the application's route table: <see cref="IStartupFilter"/> code runs before
/// the first request, and <c>UseEndpoints</c> on the outer builder adds to the same endpoint data sources the
/// gateway's own <c>UseRouting</c> matches against.
/// </summary>
public class ApiGatewayFactory : GatewayFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ApiEndpointsStartupFilter>());
    }

    private sealed class ApiEndpointsStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.UseRouting();
            app.UseEndpoints(endpoints =>
            {
                endpoints.MapGet("/api/test/throw", string () => throw new InvalidOperationException("api failure for a test"));
            });
        };
    }
}
