using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Consent.Abstractions;

namespace Consent.Storage.Tests.Hosting;

/// <summary>
/// The test host site (tests/Consent.Storage.TestHost) run as a child process on a free loopback port, so that tests
/// can post real decisions to it over HTTP and then kill it (SIGKILL) or stop it (SIGTERM).
/// </summary>
internal sealed class TestSite : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private TestSite(Process process, Uri address)
    {
        _process = process;
        Address = address;
        Client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 128 })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<TestSite> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HostAssembly());
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString());
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var site = new TestSite(Process.Start(start)!, address);
        site._process.OutputDataReceived += site.Collect;
        site._process.ErrorDataReceived += site.Collect;
        site._process.BeginOutputReadLine();
        site._process.BeginErrorReadLine();
        await site.WaitUntilReadyAsync();
        return site;
    }

    /// <summary>Gets an antiforgery request token and the cookie it belongs to.</summary>
    public async Task<Antiforgery> GetAntiforgeryAsync()
    {
        using var response = await Client.GetAsync("/token");
        response.EnsureSuccessStatusCode();
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        return new Antiforgery(await response.Content.ReadAsStringAsync(), cookie.Split(';')[0]);
    }

    /// <summary>Posts «أوافق» as a new visitor; returns the consent ID and consent cookie once the site acknowledged it.</summary>
    public async Task<(string ConsentId, string ConsentCookie)?> AcceptAllAsync(Antiforgery antiforgery)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/consent")
        {
            Content = new StringContent("{\"action\":\"accept-all\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Cookie", antiforgery.Cookie);
        request.Headers.Add("RequestVerificationToken", antiforgery.Token);
        using var response = await Client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return null;
        }

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Consent=", StringComparison.Ordinal));
        return (json.RootElement.GetProperty("consentId").GetString()!, cookie.Split(';')[0]);
    }

    /// <summary>Ends the process at once, as a crash or an out-of-memory kill would (SIGKILL).</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>Asks the process to stop as a service manager would (SIGTERM) and waits for it.</summary>
    public async Task<int> TerminateAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static string HostAssembly()
    {
        // tests/Consent.Storage.Tests/bin/<Configuration>/<tfm>/ -> tests/Consent.Storage.TestHost/bin/<Configuration>/<tfm>/
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(here.Parent!.Parent!.Parent!.Parent!.FullName, "Consent.Storage.TestHost", "bin", here.Parent.Name, here.Name, "Consent.Storage.TestHost.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build tests/Consent.Storage.TestHost first (the test project references it).", path);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The test site exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await Client.GetAsync("/consent");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The test site did not answer within 30 s:\n{Output}");
    }

    private void Collect(object sender, DataReceivedEventArgs e)
    {
        lock (_output)
        {
            _output.AppendLine(e.Data);
        }
    }

    /// <summary>An antiforgery request token and its cookie (<c>name=value</c>).</summary>
    public sealed record Antiforgery(string Token, string Cookie);
}
