using System.Security.Cryptography;

namespace Consent.AspNetCore.Tests.Inventory;

/// <summary>Runs alone: it reads the process's live memory, which other tests running beside it would move.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurement
{
    public const string Name = "Memory measurement";
}

/// <summary>Whatever names visitors send, the inventory holds a bounded amount of memory.</summary>
[Collection(MemoryMeasurement.Name)]
public sealed class CookieInventoryMemoryTests
{
    private const int DistinctNames = 100_000;

    [Fact]
    public void HundredThousandDistinctRandomNames_KeepTheCapOfNames_CountTheRest_AndHoldBoundedMemory()
    {
        var options = new CookieConsentOptions();
        options.Inventory.MaximumNames = 500;
        new CookieConsentOptionsSetup().PostConfigure(null, options);
        var inventory = new CookieInventory(new ConsentPolicy(Microsoft.Extensions.Options.Options.Create(options)), TimeProvider.System);
        var names = RandomNames(DistinctNames);

        var before = LiveBytes();
        for (var i = 0; i < 1_000; i++)
        {
            inventory.Note(names[i], CookieSeenIn.Request, "/page/" + i);
        }

        var afterThousand = LiveBytes();
        for (var i = 1_000; i < names.Length; i++)
        {
            inventory.Note(names[i], i % 2 == 0 ? CookieSeenIn.Request : CookieSeenIn.SetCookie, "/page/" + i);
        }

        var afterAll = LiveBytes();
        GC.KeepAlive(names);

        Assert.Equal(500, inventory.Entries.Count);
        Assert.Equal(DistinctNames - 500, inventory.Overflow);

        // 500 entries of a 24-character name and one path each: well under 512 KB. Unbounded, 100,000 would be ~40 MB.
        Assert.True(afterThousand - before < 512 * 1024, $"1,000 names hold {afterThousand - before:N0} bytes.");

        // Past the cap, 99,000 more names add nothing that stays.
        Assert.True(afterAll - afterThousand < 64 * 1024, $"99,000 names past the cap hold {afterAll - afterThousand:N0} more bytes.");
    }

    private static string[] RandomNames(int count)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-";
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (names.Count < count)
        {
            names.Add(RandomNumberGenerator.GetString(alphabet, 24));
        }

        return [.. names];
    }

    private static long LiveBytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
