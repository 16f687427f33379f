using Microsoft.AspNetCore.Http.Features;

namespace Consent.Benchmarks.Infrastructure;

/// <summary>
/// A response feature that keeps <c>OnStarting</c> callbacks and fires them last-registered-first, as Kestrel does,
/// so every pipeline pays for the same server behaviour and nothing else. Like Kestrel, which keeps one callback
/// stack per connection and clears it between requests (<c>HttpProtocol.Reset</c>), it reuses the stack it is given.
/// </summary>
internal sealed class ServerResponseFeature : IHttpResponseFeature
{
    private readonly Stack<KeyValuePair<Func<object, Task>, object>> _onStarting;

    /// <summary>Starts a request on a connection whose callback stack is reused.</summary>
    /// <param name="connectionCallbacks">The connection's stack; cleared here, as Kestrel resets it per request.</param>
    public ServerResponseFeature(Stack<KeyValuePair<Func<object, Task>, object>> connectionCallbacks)
    {
        connectionCallbacks.Clear();
        _onStarting = connectionCallbacks;
    }

    public int StatusCode { get; set; } = 200;

    public string? ReasonPhrase { get; set; }

    public Microsoft.AspNetCore.Http.IHeaderDictionary Headers { get; set; } = new Microsoft.AspNetCore.Http.HeaderDictionary();

    public Stream Body { get; set; } = Stream.Null;

    public bool HasStarted { get; private set; }

    public void OnStarting(Func<object, Task> callback, object state) => _onStarting.Push(new(callback, state));

    public void OnCompleted(Func<object, Task> callback, object state)
    {
    }

    public async Task StartAsync()
    {
        while (_onStarting.TryPop(out var entry))
        {
            await entry.Key(entry.Value);
        }

        HasStarted = true;
    }
}
