using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Platform.Blogging.Import.WordPress;
using Platform.Testing.WordPress;

namespace Platform.Gateway.Tests.Api;

/// <summary>
/// The author API with the attachment download policy relaxed, so a WordPress import may fetch from the test's
/// server on 127.0.0.1 (never so outside tests), and the media limit of <see cref="AttachmentServer.MediaLimit"/>.
/// </summary>
public sealed class AttachmentApiFactory : AuthorApiFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Blogging:Media:MaxUploadBytes"] = AttachmentServer.MediaLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton(new AttachmentDownloadPolicy { AllowInternalAddresses = true }));
    }
}
