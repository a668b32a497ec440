using Microsoft.Extensions.Options;
using Platform.Blogging.Authoring;
using Platform.Blogging.Hosting;
using Platform.Blogging.Import;
using Platform.Gateway.Api.Auth;

namespace Platform.Gateway.Api;

/// <summary>What the author API's handlers need, bound with <c>[AsParameters]</c>.</summary>
internal sealed record ApiServices(
    HttpContext Context,
    ApiAuthenticator Auth,
    BlogAuthoring Authoring,
    JekyllImporter Importer,
    IGrainFactory Grains,
    PublicUrls Urls,
    TimeProvider Time,
    IOptions<BloggingOptions> Blogging,
    IOptions<AuthorApiOptions> Options,
    Hosting.CustomDomainSync Domains,
    ILogger<ApiServices> Logger)
{
    public HttpRequest Request => Context.Request;

    public CancellationToken Aborted => Context.RequestAborted;

    /// <summary>Largest JSON body: the Markdown limit plus room for escapes and the other fields.</summary>
    public long MaxJsonBytes => (Blogging.Value.MaxBodyBytes * 2L) + (64 * 1024);
}
