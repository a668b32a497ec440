using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Actors.Hosting;
using Platform.Actors.Tests.BadGrains;
using Platform.Actors.Tests.Grains;
using Platform.Actors.Tests.Support;
using Platform.Storage.Memory;

namespace Platform.Actors.Tests;

public sealed class RegistrationTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task A_null_or_empty_key_is_refused(string? key)
    {
        await using var cluster = await TestCluster.StartAsync();

        var act = () => cluster.Client.GetGrain<ICounterGrain>(key!);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public async Task An_unregistered_grain_interface_is_refused_with_a_message_naming_it()
    {
        await using var cluster = await TestCluster.StartAsync();

        var act = () => cluster.Client.GetGrain<IUnregisteredGrain>("x");

        act.Should().Throw<ArgumentException>().WithMessage("*IUnregisteredGrain*AddGrain*");
    }

    [Fact]
    public async Task A_constructor_parameter_that_is_not_a_service_stops_the_host_at_start()
    {
        var act = () => StartWith<NeedsUnknownServiceGrain>();

        (await act.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*NeedsUnknownServiceGrain*'service'*UnknownService*");
    }

    [Fact]
    public async Task A_state_name_used_twice_stops_the_host_at_start()
    {
        var act = () => StartWith<DuplicateStateGrain>();

        (await act.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*DuplicateStateGrain*'same' twice*");
    }

    [Fact]
    public async Task A_storage_name_that_is_not_registered_stops_the_host_at_start()
    {
        var act = () => StartWith<MissingStorageGrain>();

        (await act.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*storage 'nowhere'*not registered*");
    }

    [Fact]
    public async Task A_grain_method_that_does_not_return_a_task_stops_the_host_at_start()
    {
        var act = async () =>
        {
            using var host = Build(b => b.AddGrain<INotATaskGrain, NotATaskGrain>());
            await host.StartAsync();
        };

        (await act.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*Sync returns Int32*");
    }

    [Fact]
    public async Task A_grain_cannot_be_constructed_outside_the_runtime()
    {
        await using var cluster = await TestCluster.StartAsync();

        var act = () => new LifecycleGrain(new EventLog());

        act.Should().Throw<InvalidOperationException>().WithMessage("*outside the actor runtime*");
    }

    private static async Task StartWith<TGrain>()
        where TGrain : Grain, IBadGrain
    {
        using var host = Build(b => b.AddGrain<IBadGrain, TGrain>());
        await host.StartAsync();
    }

    private static IHost Build(Action<ActorRuntimeBuilder> configure)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddActorRuntime(b =>
        {
            b.AddMemoryGrainStorage();
            configure(b);
        });
        return builder.Build();
    }
}
