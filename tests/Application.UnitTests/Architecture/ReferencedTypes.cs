using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace CleanStudents.Application.UnitTests.Architecture;

/// <summary>
/// Every type and member an assembly's code refers to in other assemblies, read from its metadata tables: what
/// any file uses shows here, whatever its usings or the assemblies the types were forwarded to.
/// </summary>
internal sealed record ReferencedTypes(IReadOnlyList<string> Types, IReadOnlyList<string> Members)
{
    public static ReferencedTypes Of(Assembly assembly)
    {
        using var file = File.OpenRead(assembly.Location);
        using var pe = new PEReader(file);
        var metadata = pe.GetMetadataReader();
        var types = metadata.TypeReferences.Select(h => FullName(metadata, metadata.GetTypeReference(h))).ToList();
        var members = metadata.MemberReferences.Select(metadata.GetMemberReference)
            .Where(m => m.Parent.Kind == HandleKind.TypeReference)
            .Select(m => $"{FullName(metadata, metadata.GetTypeReference((TypeReferenceHandle)m.Parent))}::{metadata.GetString(m.Name)}")
            .ToList();
        return new ReferencedTypes(types, members);
    }

    /// <summary>Whether any referenced type lies in <paramref name="ns"/> or a namespace inside it.</summary>
    public IEnumerable<string> In(string ns) => Types.Where(t => t.StartsWith(ns + ".", StringComparison.Ordinal));

    private static string FullName(MetadataReader metadata, TypeReference type) =>
        type.ResolutionScope.Kind == HandleKind.TypeReference
            ? $"{FullName(metadata, metadata.GetTypeReference((TypeReferenceHandle)type.ResolutionScope))}+{metadata.GetString(type.Name)}"
            : $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}";
}
