using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;

namespace CleanStudents.HotCodeProfile;

/// <summary>
/// Writes a .mibc file, the profile format crossgen2 reads (<c>--mibc</c>, or MSBuild's <c>PublishReadyToRunPgoFiles</c>):
/// an assembly whose global method <c>AssemblyDictionary</c> lists, as <c>ldstr</c> group name, <c>ldtoken</c> group method,
/// <c>pop</c>, one method per defining assembly; each group method lists its methods as <c>ldtoken</c> method,
/// <c>ldstr "ExclusiveWeight"</c>, <c>ldc.r8</c> weight, <c>pop</c>.
/// </summary>
internal sealed class MibcImage
{
    private readonly MetadataBuilder _metadata = new();
    private readonly MethodBodyStreamEncoder _bodies = new(new BlobBuilder());
    private readonly BlobHandle _voidSignature;
    private readonly List<(string Name, InstructionEncoder Body)> _methods = [];

    public MibcImage()
    {
        var signature = new BlobBuilder();
        new BlobEncoder(signature).MethodSignature().Parameters(0, r => r.Void(), _ => { });
        _voidSignature = _metadata.GetOrAddBlob(signature);
    }

    public MetadataBuilder Metadata => _metadata;

    /// <summary>Writes the profile: each method with its weight, grouped by the assembly that defines it.</summary>
    public void Write(string path, IEnumerable<(EntityHandle Method, string Assembly, double Weight)> methods)
    {
        var groups = methods.GroupBy(m => m.Assembly, StringComparer.Ordinal).ToList();
        var dictionary = new InstructionEncoder(new BlobBuilder());
        for (var i = 0; i < groups.Count; i++)
        {
            var group = new InstructionEncoder(new BlobBuilder());
            foreach (var (method, _, weight) in groups[i])
            {
                group.OpCode(ILOpCode.Ldtoken);
                group.Token(method);
                group.LoadString(_metadata.GetOrAddUserString("ExclusiveWeight"));
                group.LoadConstantR8(weight);
                group.OpCode(ILOpCode.Pop);
            }

            group.OpCode(ILOpCode.Ret);
            dictionary.LoadString(_metadata.GetOrAddUserString(groups[i].Key));
            dictionary.OpCode(ILOpCode.Ldtoken);
            // Method rows are numbered from 1 in the order they are added: AssemblyDictionary first, then the groups.
            dictionary.Token(MetadataTokens.MethodDefinitionHandle(i + 2));
            dictionary.OpCode(ILOpCode.Pop);
            _methods.Add(($"Group{i}", group));
        }

        dictionary.OpCode(ILOpCode.Ret);
        _methods.Insert(0, ("AssemblyDictionary", dictionary));
        File.WriteAllBytes(path, Serialize());
    }

    private byte[] Serialize()
    {
        var name = _metadata.GetOrAddString("CleanStudents.HotCode");
        _metadata.AddModule(0, _metadata.GetOrAddString("CleanStudents.HotCode.mibc"), _metadata.GetOrAddGuid(Guid.Empty), default, default);
        _metadata.AddAssembly(name, new Version(1, 0, 0, 0), default, default, default, AssemblyHashAlgorithm.None);
        _metadata.AddTypeDefinition(default, default, _metadata.GetOrAddString("<Module>"), default,
            MetadataTokens.FieldDefinitionHandle(1), MetadataTokens.MethodDefinitionHandle(1));
        foreach (var (methodName, body) in _methods)
        {
            _metadata.AddMethodDefinition(MethodAttributes.Public | MethodAttributes.Static, MethodImplAttributes.IL,
                _metadata.GetOrAddString(methodName), _voidSignature, _bodies.AddMethodBody(body, maxStack: 8),
                MetadataTokens.ParameterHandle(1));
        }

        var image = new BlobBuilder();
        new ManagedPEBuilder(PEHeaderBuilder.CreateLibraryHeader(), new MetadataRootBuilder(_metadata), _bodies.Builder,
            deterministicIdProvider: content => BlobContentId.FromHash(SHA256.HashData(content.SelectMany(b => b.GetBytes()).ToArray())))
            .Serialize(image);
        return image.ToArray();
    }
}
