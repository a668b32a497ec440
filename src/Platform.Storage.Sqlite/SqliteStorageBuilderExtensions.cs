using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace Platform.Storage.Sqlite;

/// <summary>Registers <see cref="SqliteGrainStorage"/> as a named Orleans grain storage provider.</summary>
public static class SqliteStorageBuilderExtensions
{
    /// <summary>
    /// Adds a SQLite provider under <paramref name="name"/>. The options are validated now, so a missing path fails
    /// at startup; without a serializer in them, the silo's registered <see cref="IGrainStorageSerializer"/> is used.
    /// </summary>
    public static IServiceCollection AddSqliteGrainStorage(this IServiceCollection services, string name, SqliteStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return services.AddGrainStorage(name, (sp, _) =>
        {
            if (options.GrainStorageSerializer is null)
            {
                options.GrainStorageSerializer = sp.GetRequiredService<IGrainStorageSerializer>();
            }

            return new SqliteGrainStorage(options, sp.GetService<ILogger<SqliteGrainStorage>>(), sp.GetService<TimeProvider>());
        });
    }
}
