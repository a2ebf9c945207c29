using System.Text.RegularExpressions;

namespace CleanStudents.Deployment.Tests.Support;

/// <summary>Checks over bash source for faults the bash on this machine would not show.</summary>
public static partial class ScriptChecks
{
    /// <summary>
    /// Arrays declared empty (<c>name=()</c>) and later expanded as <c>"${name[@]}"</c> without the
    /// <c>${name[@]+"${name[@]}"}</c> guard, which bash before 4.4 needs under <c>set -u</c>.
    /// </summary>
    public static IReadOnlyList<string> UnguardedEmptyArrayExpansions(string script) =>
        EmptyArrayDeclaration().Matches(script)
            .Select(m => m.Groups["name"].Value)
            .Distinct(StringComparer.Ordinal)
            .Where(name => Regex.IsMatch(script, $@"(?<!\$\{{{name}\[@\]\+)""\$\{{{name}\[@\]\}}""", RegexOptions.None, TimeSpan.FromSeconds(1)))
            .ToList();

    [GeneratedRegex(@"(?m)^\s*(?:local\s+)?(?<name>[A-Za-z_][A-Za-z0-9_]*)=\(\)")]
    private static partial Regex EmptyArrayDeclaration();
}
