using Platform.Actors.Persistence;
using Platform.Storage.Memory;

namespace Platform.Storage.Tests.Conformance;

public sealed class MemoryConformanceTests : GrainStorageConformanceTests
{
    private readonly MemoryGrainStorage _storage = new();

    protected override IRevalidatingGrainStorage Storage => _storage;

    // One in-memory store is shared by every host in the process: the "other instance" is the same object.
    protected override IRevalidatingGrainStorage OtherStorage => _storage;
}
