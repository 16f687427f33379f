namespace Consent.AspNetCore.Tests.Infrastructure;

/// <summary>The source tree the tests run from, for tests that read the repository's own files.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>Gets the directory that holds Consent.sln, found by walking up from the test assembly.</summary>
    public static string Path => Root.Value;

    /// <summary>Returns the full path of <paramref name="relativePath"/> (with <c>/</c> separators) in the repository.</summary>
    public static string Combine(string relativePath) =>
        System.IO.Path.Combine(Path, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar));

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Consent.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Consent.sln above {AppContext.BaseDirectory}: these tests read the repository's files.");
    }
}
