using System.Diagnostics;

namespace CleanStudents.Deployment.Tests.Support;

public static class Repo
{
    public static readonly string[] Stacks = ["artifacts", "network", "database", "auth", "api", "edge", "monitoring"];

    public static readonly string[] Stages = ["dev", "staging", "prod"];

    public static string Root { get; } = FindRoot();

    public static string Template(string stack) => Path.Combine(Root, "cloudformation", stack + ".yaml");

    public static string ParameterFile(string stage, string stack) =>
        Path.Combine(Root, "cloudformation", "parameters", stage, stack + ".json");

    public static Dictionary<string, Dictionary<string, object?>> LoadAll() =>
        Stacks.ToDictionary(s => s, s => CfnYaml.Load(Template(s)), StringComparer.Ordinal);

    public static (int ExitCode, string Output) Run(string fileName, IEnumerable<string> arguments, IDictionary<string, string>? environment = null,
        string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory ?? Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish in 5 minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>Copies a folder of the repository, without installed node_modules (or the folders named).</summary>
    public static void CopyFolder(string source, string target, params string[] skippedFolders)
    {
        string[] skipped = skippedFolders.Length > 0 ? skippedFolders : ["node_modules"];
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar).Intersect(skipped).Any())
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CleanStudents.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("CleanStudents.sln not found above the test directory");
    }
}
