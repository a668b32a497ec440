using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Platform.Gateway;

/// <summary>Binds <see cref="PlatformOptions"/> once, validated at start.</summary>
internal static class PlatformOptionsRegistration
{
    public static IServiceCollection AddPlatformOptions(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(IValidateOptions<PlatformOptions>)))
        {
            return services;
        }

        services.AddOptions<PlatformOptions>().BindConfiguration(PlatformOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PlatformOptions>, PlatformOptionsValidator>());
        return services;
    }
}
