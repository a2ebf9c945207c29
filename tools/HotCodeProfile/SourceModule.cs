using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace CleanStudents.HotCodeProfile;

/// <summary>An assembly the traced process loaded, read from the file the trace names.</summary>
internal sealed class SourceModule : IDisposable
{
    private readonly PEReader _pe;

    public SourceModule(string path)
    {
        Path = path;
        _pe = new PEReader(File.OpenRead(path));
        Reader = _pe.GetMetadataReader();
        AssemblyName = Reader.GetString(Reader.GetAssemblyDefinition().Name);
    }

    public string Path { get; }

    public MetadataReader Reader { get; }

    public string AssemblyName { get; }

    public bool IsValueType(int token)
    {
        var definition = Reader.GetTypeDefinition(MetadataTokens.TypeDefinitionHandle(token));
        var baseName = definition.BaseType.Kind switch
        {
            HandleKind.TypeReference => FullName(Reader.GetTypeReference((TypeReferenceHandle)definition.BaseType)),
            HandleKind.TypeDefinition => FullName(Reader.GetTypeDefinition((TypeDefinitionHandle)definition.BaseType)),
            _ => null,
        };
        return (baseName == "System.ValueType" && FullName(definition) != "System.Enum") || baseName == "System.Enum";
    }

    public string FullName(int token) => FullName(Reader.GetTypeDefinition(MetadataTokens.TypeDefinitionHandle(token)));

    public void Dispose() => _pe.Dispose();

    private string FullName(TypeReference reference) => Reader.GetString(reference.Namespace) + "." + Reader.GetString(reference.Name);

    private string FullName(TypeDefinition definition) => Reader.GetString(definition.Namespace) + "." + Reader.GetString(definition.Name);
}
