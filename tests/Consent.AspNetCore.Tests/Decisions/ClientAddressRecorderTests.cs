using System.Net;
using Consent.Auditing;

namespace Consent.AspNetCore.Tests.Decisions;

public sealed class ClientAddressRecorderTests
{
    [Theory]
    [Trait("Rule", "R2")]
    [Trait("Rule", "R3")]
    [InlineData("203.0.113.77", "203.0.113.0")]
    [InlineData("2001:db8:85a3:8d3:1319:8a2e:370:7348", "2001:db8:85a3::")]
    [InlineData("::ffff:198.51.100.9", "198.51.100.0")]
    public void Truncated_KeepsOnlyTheNetworkPrefix(string address, string expected)
    {
        var recorder = new ClientAddressRecorder(new ConsentAuditOptions { ClientAddress = ClientAddressRecording.Truncated });

        Assert.Equal(expected, recorder.Record(IPAddress.Parse(address)));
    }

    [Fact]
    [Trait("Rule", "R3")]
    public void KeyedHash_IsStablePerKeyAndDiffersAcrossKeys()
    {
        var one = new ClientAddressRecorder(new ConsentAuditOptions { ClientAddress = ClientAddressRecording.KeyedHash, ClientAddressKey = Convert.ToBase64String(new byte[32]) });
        var two = new ClientAddressRecorder(new ConsentAuditOptions { ClientAddress = ClientAddressRecording.KeyedHash, ClientAddressKey = Convert.ToBase64String(Enumerable.Repeat((byte)7, 32).ToArray()) });
        var address = IPAddress.Parse("203.0.113.77");

        Assert.Equal(one.Record(address), one.Record(address));
        Assert.NotEqual(one.Record(address), two.Record(address));
        Assert.DoesNotContain("203", one.Record(address), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R3")]
    public void None_RecordsNothing() =>
        Assert.Null(new ClientAddressRecorder(new ConsentAuditOptions()).Record(IPAddress.Loopback));
}
