using Microsoft.AspNetCore.Http.Features;

namespace Consent.Benchmarks.Infrastructure;

/// <summary>
/// A response feature that keeps <c>OnStarting</c> and <c>OnCompleted</c> callbacks and fires them
/// last-registered-first, as Kestrel does, so every pipeline pays for the same server behaviour and nothing else. Like
/// Kestrel, which keeps one stack of each per connection and clears them between requests (<c>HttpProtocol.Reset</c>),
/// it reuses the stacks it is given (<see cref="ServerConnection"/>).
/// </summary>
internal sealed class ServerResponseFeature : IHttpResponseFeature
{
    private readonly Stack<KeyValuePair<Func<object, Task>, object>> _onStarting;
    private readonly Stack<KeyValuePair<Func<object, Task>, object>> _onCompleted;

    /// <summary>Starts a request on a connection whose callback stacks are reused; they are cleared here.</summary>
    public ServerResponseFeature(
        Stack<KeyValuePair<Func<object, Task>, object>> onStarting,
        Stack<KeyValuePair<Func<object, Task>, object>> onCompleted)
    {
        onStarting.Clear();
        onCompleted.Clear();
        _onStarting = onStarting;
        _onCompleted = onCompleted;
    }

    public int StatusCode { get; set; } = 200;

    public string? ReasonPhrase { get; set; }

    public Microsoft.AspNetCore.Http.IHeaderDictionary Headers { get; set; } = new Microsoft.AspNetCore.Http.HeaderDictionary();

    public Stream Body { get; set; } = Stream.Null;

    public bool HasStarted { get; private set; }

    public void OnStarting(Func<object, Task> callback, object state) => _onStarting.Push(new(callback, state));

    public void OnCompleted(Func<object, Task> callback, object state) => _onCompleted.Push(new(callback, state));

    /// <summary>Runs the <c>OnStarting</c> callbacks, as the server does before it sends the headers.</summary>
    public async Task StartAsync()
    {
        while (_onStarting.TryPop(out var entry))
        {
            await entry.Key(entry.Value);
        }

        HasStarted = true;
    }

    /// <summary>Runs the <c>OnCompleted</c> callbacks, as the server does once the response is sent.</summary>
    public async Task CompleteAsync()
    {
        while (_onCompleted.TryPop(out var entry))
        {
            await entry.Key(entry.Value);
        }
    }
}
