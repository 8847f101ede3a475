using System.Text.Json;
using HfsBot.Testing;

namespace HfsBot.Tests.Ship;

/// <summary>How the built app asks .NET to compile it: what makes its answers fast from the first member's question.</summary>
public sealed class RuntimeConfigTests
{
    [Fact]
    public void BuiltApp_CompilesItsOwnCodeOptimisedFromTheFirstCall()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(RepoPaths.BuiltApp, ".runtimeconfig.json")));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        // A bot asked a few questions an hour may never call its answering code the 30 times that promote it from
        // .NET's quick first compile; that code answered two to three times slower (HfsBot.csproj says more).
        Assert.False(properties.GetProperty("System.Runtime.TieredCompilation.QuickJit").GetBoolean());
        Assert.False(properties.GetProperty("System.Runtime.TieredPGO").GetBoolean());

        // Tiering itself stays on: the framework's precompiled code is re-optimised once hot.
        Assert.False(properties.TryGetProperty("System.Runtime.TieredCompilation", out _));
    }
}
