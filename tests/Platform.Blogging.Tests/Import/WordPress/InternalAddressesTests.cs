using System.Net;
using Platform.Blogging.Import.WordPress;

namespace Platform.Blogging.Tests.Import.WordPress;

public sealed class InternalAddressesTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.0.10")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    [InlineData("2002:7f00:1::")]
    public void Internal_addresses_are_refused(string address) =>
        InternalAddresses.IsInternal(IPAddress.Parse(address)).Should().BeTrue();

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:2800:220:1:248:1893:25c8:1946")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("2002:0808:0808::")]
    public void Public_addresses_are_not(string address) =>
        InternalAddresses.IsInternal(IPAddress.Parse(address)).Should().BeFalse();

    [Theory]
    [InlineData("localhost", true)]
    [InlineData("LOCALHOST.", true)]
    [InlineData("api.localhost", true)]
    [InlineData("[::1]", true)]
    [InlineData("10.0.0.8", true)]
    [InlineData("blog.example.com", false)]
    [InlineData("localhost.example.com", false)]
    public void Hosts_are_judged_as_written(string host, bool expected) =>
        InternalAddresses.IsInternalHost(host).Should().Be(expected);
}
