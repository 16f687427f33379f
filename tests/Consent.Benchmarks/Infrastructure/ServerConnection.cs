using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Consent.Benchmarks.Infrastructure;

/// <summary>
/// One keep-alive connection of the emulated server, one per benchmark thread, as a load test's requests arrive. Like
/// Kestrel's <c>HttpProtocol</c> it keeps its feature storage and its <c>OnStarting</c> and <c>OnCompleted</c> stacks
/// across requests and resets them between (<c>HttpProtocol.Reset</c>), so that no pipeline pays for allocations the
/// real server does not make. Every pipeline of a benchmark runs on the same emulation.
/// </summary>
internal sealed class ServerConnection
{
    [ThreadStatic]
    private static ServerConnection? t_current;

    private readonly ServerFeatureCollection _features = new();
    private readonly Stack<KeyValuePair<Func<object, Task>, object>> _onStarting = new();
    private readonly Stack<KeyValuePair<Func<object, Task>, object>> _onCompleted = new();

    /// <summary>Gets this thread's connection.</summary>
    public static ServerConnection Current => t_current ??= new();

    /// <summary>Resets the connection for its next request: an HTTPS <c>GET</c> of <paramref name="path"/>.</summary>
    /// <returns>The request's features: request, response and response body, as a server provides them.</returns>
    public IFeatureCollection BeginRequest(string path, out ServerResponseFeature response)
    {
        _features.Reset();
        response = new ServerResponseFeature(_onStarting, _onCompleted);
        _features.Set<IHttpRequestFeature>(new HttpRequestFeature { Method = "GET", Path = path, Scheme = "https" });
        _features.Set<IHttpResponseFeature>(response);
        _features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null));
        return _features;
    }
}
