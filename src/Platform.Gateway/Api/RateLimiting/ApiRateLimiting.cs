using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Platform.Blogging.Access;
using Platform.Gateway.Api.Auth;
using Platform.Gateway.Api.Errors;

namespace Platform.Gateway.Api.RateLimiting;

/// <summary>
/// A fixed one-minute window per bearer token (partitioned by the token's SHA-256, so secrets never sit in memory
/// as keys), or per client address for requests without one. Over the limit: 429 problem+json with <c>Retry-After</c>.
/// </summary>
internal static class ApiRateLimiting
{
    public const string PolicyName = "author-api";

    public static void Configure(RateLimiterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(PolicyName, context =>
        {
            var permits = context.RequestServices.GetRequiredService<IOptions<AuthorApiOptions>>().Value.PermitsPerMinute;
            return RateLimitPartition.GetFixedWindowLimiter(PartitionKey(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });
        options.OnRejected = OnRejectedAsync;
    }

    private static string PartitionKey(HttpContext context) =>
        ApiAuthenticator.BearerToken(context.Request) is { } token
            ? "token:" + AccessTokens.Hash(token)
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var response = rejected.HttpContext.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problem = ApiProblems.Create(StatusCodes.Status429TooManyRequests, "rate-limited", $"Too many requests for this token; try again in {seconds} s.");
        await problem.ExecuteAsync(rejected.HttpContext);
    }
}
