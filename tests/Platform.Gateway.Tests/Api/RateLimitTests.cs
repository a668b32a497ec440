using System.Net;

namespace Platform.Gateway.Tests.Api;

public sealed class RateLimitTests(RateLimitedApiFactory factory) : IClassFixture<RateLimitedApiFactory>
{
    [Fact]
    public async Task Over_the_limit_a_token_gets_429_with_retry_after_while_other_tokens_go_on()
    {
        var api = new ApiClient(factory.CreateClient());
        var first = ApiClient.NewBlogName();
        var second = ApiClient.NewBlogName();
        var (_, owner) = await api.CreateBlogAsync(first);
        var (_, otherOwner) = await api.CreateBlogAsync(second);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 8; i++)
        {
            var response = await api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{first}", owner);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
            }
        }

        statuses.Take(5).Should().OnlyContain(s => s == HttpStatusCode.OK);
        statuses.Skip(5).Should().OnlyContain(s => s == HttpStatusCode.TooManyRequests);
        var problem = await ApiClient.ExpectProblemAsync(limited!, HttpStatusCode.TooManyRequests);
        problem.GetProperty("code").GetString().Should().Be("rate-limited");
        limited!.Headers.RetryAfter!.Delta!.Value.Should().BeGreaterThan(TimeSpan.Zero).And.BeLessThanOrEqualTo(TimeSpan.FromMinutes(1));

        (await api.SendAsync(HttpMethod.Get, $"/api/v1/blogs/{second}", otherOwner)).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
