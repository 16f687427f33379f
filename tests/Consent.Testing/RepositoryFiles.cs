namespace Consent.Testing;

/// <summary>
/// The repository's own files, for tests that read the source tree rather than the built assemblies. Paths are
/// relative to the root, with <c>/</c>, so that a failure names a file the reader can open.
/// </summary>
public static class RepositoryFiles
{
    /// <summary>Gets the repository's root: the nearest folder above the test's binaries that holds <c>Consent.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Lists the files of a top-level folder that match a pattern, leaving out build output, in ordinal order.</summary>
    /// <param name="folder">The folder, such as <c>src</c>.</param>
    /// <param name="pattern">The file name pattern, such as <c>*.cs</c>.</param>
    public static IEnumerable<string> Under(string folder, string pattern) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), pattern, SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(path => !path.Split('/').Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);

    /// <summary>Returns the full path of a file of the repository.</summary>
    /// <param name="relativePath">The path from the root, with <c>/</c> separators.</param>
    public static string PathOf(string relativePath) =>
        Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Reads a file's lines, each with its number from 1.</summary>
    /// <param name="relativePath">The path from the root, as <see cref="Under"/> gives it.</param>
    public static IEnumerable<(string File, int Number, string Text)> Lines(string relativePath) =>
        File.ReadAllLines(Path.Combine(Root, relativePath)).Select((text, i) => (relativePath, i + 1, text));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Consent.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Consent.sln above {AppContext.BaseDirectory}: these tests read the repository's files.");
    }
}
