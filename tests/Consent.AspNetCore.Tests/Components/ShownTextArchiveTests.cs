using Consent.Abstractions;
using Consent.Auditing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Consent.AspNetCore.Tests.Components;

public sealed class ShownTextArchiveTests
{
    private sealed class CountingArchive : IConsentTextArchive
    {
        public int Writes { get; private set; }

        public bool Fail { get; set; }

        public ValueTask<string> ArchiveAsync(string language, string text, CancellationToken cancellationToken)
        {
            if (Fail)
            {
                throw new IOException("database unavailable");
            }

            Writes++;
            return ValueTask.FromResult(ConsentTextHash.Compute(text));
        }

        public ValueTask<ArchivedConsentText?> FindAsync(string hash, CancellationToken cancellationToken) => ValueTask.FromResult<ArchivedConsentText?>(null);
    }

    private static (ShownTextArchive Shown, CountingArchive Store) Create()
    {
        var store = new CountingArchive();
        return (new ShownTextArchive(store, NullLoggerFactory.Instance), store);
    }

    [Fact]
    [Trait("Rule", "R4")]
    public async Task ArchiveAsync_SameTextTwice_WritesItOnceAndReturnsItsHash()
    {
        var (shown, store) = Create();

        var first = await shown.ArchiveAsync("ar", "بيان الخصوصية", CancellationToken.None);
        var second = await shown.ArchiveAsync("ar", "بيان الخصوصية", CancellationToken.None);

        Assert.Equal(1, store.Writes);
        Assert.Equal(ConsentTextHash.Compute("بيان الخصوصية"), first);
        Assert.Equal(first, second);
    }

    [Fact]
    [Trait("Rule", "R4")]
    public async Task ArchiveAsync_WhenTheArchiveFails_ReturnsTheHashAndRetriesNextTime()
    {
        var (shown, store) = Create();
        store.Fail = true;

        var hash = await shown.ArchiveAsync("ar", "نص", CancellationToken.None);
        store.Fail = false;
        await shown.ArchiveAsync("ar", "نص", CancellationToken.None);

        Assert.Equal(ConsentTextHash.Compute("نص"), hash);
        Assert.Equal(1, store.Writes);
    }
}
