using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Platform.Gateway.Api.Bodies;
using Platform.Gateway.Api.Import;
using Platform.Gateway.Api.Posts;

namespace Platform.Gateway.Api.Documentation;

/// <summary>
/// The OpenAPI 3.1 document at <c>/openapi/v1.json</c>: the author API only (<c>/api/...</c>), bearer
/// authentication, and the request bodies handlers read themselves (Markdown, zip) described as they are.
/// </summary>
internal static class ApiDocument
{
    public const string Name = "v1";
    public const string BearerScheme = "bearer";

    public static void Configure(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Platform author API",
                Version = "v1",
                Description = "Blogs, tokens and roles, posts with optimistic concurrency (ETag / If-Match), Jekyll import. Errors are application/problem+json (RFC 9457).",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "A blog token (plt_{blog}_{secret}) or the platform administrator's token.",
            };
            document.Security ??= [];
            document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] });
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<MarkdownBody>().Any())
            {
                AddBody(operation, RequestBodies.Markdown, "A Markdown file with YAML front matter, as on disk.");
            }

            if (metadata.OfType<ZipBody>().Any())
            {
                AddBody(operation, ImportApi.Zip, "A zip of a Jekyll site or of its _posts folder.", binary: true);
            }

            if (metadata.OfType<PostConcurrency>().FirstOrDefault() is { } concurrency)
            {
                DescribeConcurrency(operation, concurrency);
            }

            AddHeader(operation, "429", "Retry-After", "Seconds until the token may send again.", JsonSchemaType.Integer);

            return Task.CompletedTask;
        });
    }

    private static void DescribeConcurrency(OpenApiOperation operation, PostConcurrency concurrency)
    {
        foreach (var status in new[] { "200", "201" })
        {
            AddHeader(operation, status, "ETag", "The post's revision as a strong entity tag, \"r{revision}\".", JsonSchemaType.String);
        }

        if (concurrency.IfMatchRequired is { } required)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Required = required,
                Description = required
                    ? "The post's ETag as last read (or *): 428 without it, 412 when the post changed since."
                    : "Optional: the post's ETag as last read (or *); 412 when the post changed since.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
    }

    private static void AddHeader(OpenApiOperation operation, string status, string name, string description, JsonSchemaType type)
    {
        if (operation.Responses?.TryGetValue(status, out var found) != true || found is not OpenApiResponse response)
        {
            return;
        }

        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers[name] = new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = type } };
    }

    private static void AddBody(OpenApiOperation operation, string mediaType, string description, bool binary = false)
    {
        var body = operation.RequestBody as OpenApiRequestBody ?? new OpenApiRequestBody();
        body.Required = true;
        body.Content ??= new Dictionary<string, OpenApiMediaType>();
        body.Content[mediaType] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = binary ? "binary" : null, Description = description },
        };
        operation.RequestBody = body;
    }
}
