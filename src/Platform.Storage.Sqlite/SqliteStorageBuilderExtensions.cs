using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Actors.Hosting;
using Platform.Actors.Persistence;

namespace Platform.Storage.Sqlite;

/// <summary>Registers <see cref="SqliteGrainStorage"/> with the actor runtime.</summary>
public static class SqliteStorageBuilderExtensions
{
    /// <summary>Adds a SQLite provider under <paramref name="name"/>, configured by <paramref name="configure"/>.</summary>
    public static ActorRuntimeBuilder AddSqliteGrainStorage(this ActorRuntimeBuilder builder, string name, Action<SqliteStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new SqliteStorageOptions();
        configure(options);
        return builder.AddSqliteGrainStorage(name, options);
    }

    /// <summary>Adds a SQLite provider under <paramref name="name"/>; the options are validated now, so a missing path fails at startup.</summary>
    public static ActorRuntimeBuilder AddSqliteGrainStorage(this ActorRuntimeBuilder builder, string name, SqliteStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        builder.Services.AddKeyedSingleton<IGrainStorage>(name, (sp, _) =>
            new SqliteGrainStorage(options, sp.GetService<ILogger<SqliteGrainStorage>>(), sp.GetService<TimeProvider>()));
        return builder;
    }
}
