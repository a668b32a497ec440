using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Gateway.Tests.Hosting;

namespace Platform.Gateway.Tests.Api;

public sealed class StartupLogTests
{
    [Fact]
    public async Task Without_an_admin_token_the_log_says_blog_creation_is_off()
    {
        var sink = new Sink();
        await using (var factory = new LoggingFactory(sink, adminToken: null))
        {
            _ = factory.Server;
        }

        sink.Messages.Should().Contain(m => m.Contains("Platform:AdminToken is not set", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_an_admin_token_there_is_no_such_warning()
    {
        var sink = new Sink();
        await using (var factory = new LoggingFactory(sink, AuthorApiFactory.AdminToken))
        {
            _ = factory.Server;
        }

        sink.Messages.Should().NotContain(m => m.Contains("AdminToken", StringComparison.Ordinal));
        sink.Messages.Should().NotBeEmpty("the sink receives the host's logs");
    }

    private sealed class LoggingFactory(Sink sink, string? adminToken) : GatewayFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (adminToken is not null)
            {
                builder.UseSetting("Platform:AdminToken", adminToken);
            }

            builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(sink));
        }
    }

    private sealed class Sink : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Enqueue(formatter(state, exception));

        public void Dispose()
        {
        }
    }
}
