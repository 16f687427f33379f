namespace Consent.Audit.Tool.Tests.Infrastructure;

/// <summary>A path in the temporary folder for a file the tool writes or reads; deleted with the test.</summary>
internal sealed class TempFile : IDisposable
{
    public TempFile(string extension) => Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), Guid.NewGuid().ToString("N") + extension);

    public string Path { get; }

    public Task<string> ReadAsync() => File.ReadAllTextAsync(Path);

    public void Dispose() => File.Delete(Path);
}
