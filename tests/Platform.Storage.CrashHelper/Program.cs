using System.Globalization;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;
using Platform.Blogging.Hosting;
using Platform.Storage.Sqlite;

// Test helper, started as a child process by the storage tests.
//   write <database path> <grain key>            writes one state in a loop, printing each committed count, until killed
//   increment <database path> <grain key> <n>    after a line on stdin, adds one n times, reloading and re-applying
//                                                on every ETag conflict; prints the number of conflicts
if (args.Length < 3)
{
    await Console.Error.WriteLineAsync("usage: Platform.Storage.CrashHelper write|increment <database path> <grain key> [count]");
    return 2;
}

using var storage = new SqliteGrainStorage(new SqliteStorageOptions { Path = args[1], GrainStorageSerializer = new BloggingStateSerializer() });
var id = GrainId.Create("crash", args[2]);
var state = new GrainState<Dictionary<string, int>>([]);
await storage.ReadStateAsync("counter", id, state);
if (args[0] == "increment")
{
    // Start together: say "ready", then wait for a line on stdin, so two processes really overlap.
    Console.WriteLine("ready");
    Console.Out.Flush();
    await Console.In.ReadLineAsync();
    var conflicts = 0;
    for (var done = 0; done < int.Parse(args[3], CultureInfo.InvariantCulture);)
    {
        state.State!["count"] = state.State.GetValueOrDefault("count") + 1;
        try
        {
            await storage.WriteStateAsync("counter", id, state);
            done++;
        }
        catch (InconsistentStateException)
        {
            conflicts++;
            await storage.ReadStateAsync("counter", id, state);
        }
    }

    Console.WriteLine(conflicts.ToString(CultureInfo.InvariantCulture));
    return 0;
}

for (var i = 1; ; i++)
{
    state.State!["count"] = i;
    await storage.WriteStateAsync("counter", id, state);
    Console.WriteLine(i.ToString(CultureInfo.InvariantCulture));
    Console.Out.Flush();
}
