using System.Globalization;
using Platform.Actors;
using Platform.Actors.Persistence;
using Platform.Storage.Sqlite;

// Test helper: writes one SQLite state in a loop and prints each committed count, until it is killed.
// Usage: Platform.Storage.CrashHelper <database path> <grain key>
if (args.Length != 2)
{
    await Console.Error.WriteLineAsync("usage: Platform.Storage.CrashHelper <database path> <grain key>");
    return 2;
}

using var storage = new SqliteGrainStorage(new SqliteStorageOptions { Path = args[0] });
var id = new GrainId("crash", args[1]);
var state = new GrainState<Dictionary<string, int>>([]);
await storage.ReadStateAsync("counter", id, state);
for (var i = 1; ; i++)
{
    state.State["count"] = i;
    await storage.WriteStateAsync("counter", id, state);
    Console.WriteLine(i.ToString(CultureInfo.InvariantCulture));
    Console.Out.Flush();
}
