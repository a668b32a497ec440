using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.Testing.Azurite;

namespace Platform.Gateway.Tests.Cluster;

/// <summary>
/// Three gateway processes on loopback forming one Orleans cluster: membership in Azurite's table service, grain state
/// in its blob service. Each node has its own HTTP and silo port. Shared by the cluster tests (one Azurite, one
/// cluster); a test that stops or kills a node starts it again before it ends.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public const string AdminToken = "cluster-admin-token-0123456789abcdef";
    public const string BrowserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";
    public const int Nodes = 3;

    private readonly AzuriteWithTablesFixture _azurite = new();
    private readonly string _clusterId = "test-" + Guid.NewGuid().ToString("N")[..10];
    private readonly GatewayProcess?[] _nodes = new GatewayProcess?[Nodes];
    private readonly int[] _httpPorts = new int[Nodes];
    private readonly int[] _siloPorts = new int[Nodes];

    /// <summary>Requests with a short timeout; the Host header chooses the blog.</summary>
    public HttpClient Client { get; } = new(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromSeconds(2) }) { Timeout = TimeSpan.FromSeconds(10) };

    public GatewayProcess Node(int index) => _nodes[index] ?? throw new InvalidOperationException($"Node {index} is not running.");

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        for (var i = 0; i < Nodes; i++)
        {
            _httpPorts[i] = FreePort.Next();
            _siloPorts[i] = FreePort.Next();
        }

        // The first node creates the membership table; the others join it.
        _nodes[0] = await StartNodeAsync(0);
        await Task.WhenAll(Enumerable.Range(1, Nodes - 1).Select(async i => _nodes[i] = await StartNodeAsync(i)));
        await Eventually.HoldsAsync(async () => (await ActiveSilosAsync(0)) == Nodes, "all three silos are active");
    }

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            if (node is not null)
            {
                await node.DisposeAsync();
            }
        }

        Client.Dispose();
        await _azurite.DisposeAsync();
    }

    /// <summary>Starts node <paramref name="index"/> (again) on its ports and waits until it is ready.</summary>
    public async Task<GatewayProcess> StartNodeAsync(int index)
    {
        if (_nodes[index] is { } previous)
        {
            await previous.DisposeAsync();
        }

        var node = await GatewayProcess.StartAsync(_httpPorts[index], new Dictionary<string, string>
        {
            ["Storage__Provider"] = "azureblob",
            ["Storage__AzureBlob__ConnectionString"] = _azurite.ConnectionString,
            ["Storage__AzureBlob__ContainerName"] = _clusterId,
            ["Cluster__Provider"] = "azurestorage",
            ["Cluster__ClusterId"] = _clusterId,
            ["Cluster__ServiceId"] = "platform-tests",
            ["Cluster__SiloPort"] = _siloPorts[index].ToString(CultureInfo.InvariantCulture),
            ["Cluster__GatewayPort"] = "0",
            ["Cluster__AdvertisedAddress"] = "127.0.0.1",
            ["Cluster__Kubernetes"] = "false",
            ["Management__Port"] = "0",
            ["Platform__Domain"] = "blogs.test",
            ["Platform__AdminToken"] = AdminToken,
            ["Platform__SeedDemo"] = "false",
            ["Platform__DataPath"] = Path.Combine(Path.GetTempPath(), _clusterId, index.ToString(CultureInfo.InvariantCulture)),
            ["Platform__ShutdownDrainDelay"] = "00:00:02",
            ["Blogging__FlushInterval"] = "00:00:01",
            ["Api__PermitsPerMinute"] = "100000",
        }, TimeSpan.FromSeconds(90));
        _nodes[index] = node;
        return node;
    }

    /// <summary>How many silos node <paramref name="index"/>'s readiness check counts as active.</summary>
    public async Task<int> ActiveSilosAsync(int index)
    {
        using var response = await Client.GetAsync(new Uri(Node(index).BaseAddress, "health/ready"));
        var text = await response.Content.ReadAsStringAsync();
        var at = text.IndexOf(" active in the cluster", StringComparison.Ordinal);
        if (at < 0)
        {
            return 0;
        }

        var start = text.LastIndexOf(';', at) + 1;
        return int.TryParse(text.AsSpan(start, at - start).Trim(), CultureInfo.InvariantCulture, out var count) ? count : 0;
    }

    /// <summary>Creates a blog through node <paramref name="via"/>; returns its owner token.</summary>
    public async Task<string> CreateBlogAsync(int via, string blog)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Node(via).BaseAddress, "api/v1/blogs"))
        {
            Content = JsonContent.Create(new { name = blog, title = "Blog " + blog }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
        using var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(body);
        return JsonDocument.Parse(body).RootElement.GetProperty("token").GetProperty("token").GetString()!;
    }

    /// <summary>Creates a post through node <paramref name="via"/>; returns its id, its path and its ETag.</summary>
    public async Task<(string Id, string Path, string ETag)> CreatePostAsync(int via, string blog, string token, string markdown)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Node(via).BaseAddress, $"api/v1/blogs/{blog}/posts"))
        {
            Content = new StringContent(markdown, Encoding.UTF8, "text/markdown"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue(body);
        var json = JsonDocument.Parse(body).RootElement;
        return (json.GetProperty("id").GetString()!, new Uri(json.GetProperty("url").GetString()!).AbsolutePath, response.Headers.ETag!.Tag);
    }

    /// <summary>Replaces a post through node <paramref name="via"/>; returns the status code.</summary>
    public async Task<int> ReplacePostAsync(int via, string blog, string token, string id, string etag, string markdown)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(Node(via).BaseAddress, $"api/v1/blogs/{blog}/posts/{id}"))
        {
            Content = new StringContent(markdown, Encoding.UTF8, "text/markdown"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        using var response = await Client.SendAsync(request);
        return (int)response.StatusCode;
    }

    /// <summary>A post's stored views, read through node <paramref name="via"/>.</summary>
    public async Task<long> StoredViewsAsync(int via, string blog, string token, string id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Node(via).BaseAddress, $"api/v1/blogs/{blog}/posts/{id}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            // While a dead node's grains move, an API read may be refused (503); the caller polls.
            ((int)response.StatusCode).Should().BeOneOf([503], $"an API read during a node's death is a 503 at worst: {body}");
            return -1;
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("views").GetInt64();
    }

    /// <summary>
    /// A reader's GET of a blog page through node <paramref name="via"/>: as a browser (it counts as a view) or, with
    /// <paramref name="countsAsView"/> false, as a command-line client (not counted).
    /// </summary>
    public async Task<(int Status, string Body)> ReadPageAsync(int via, string blog, string path, bool countsAsView = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Node(via).BaseAddress, path.TrimStart('/')));
        request.Headers.Host = $"{blog}.blogs.test";
        request.Headers.UserAgent.ParseAdd(countsAsView ? BrowserAgent : "curl/8.5.0");
        using var response = await Client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterGroup : ICollectionFixture<ClusterFixture>
{
    public const string Name = "three-process cluster";
}
