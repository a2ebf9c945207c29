using System.Buffers.Binary;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace CleanStudents.Tools.UnitTests;

/// <summary>A .mibc file read back the way crossgen2 reads it: the groups of AssemblyDictionary and each group's weighted methods.</summary>
internal sealed class MibcFile : IDisposable
{
    private const byte LoadString = 0x72;
    private const byte LoadToken = 0xD0;
    private const byte LoadDouble = 0x23;
    private const byte Pop = 0x26;
    private const byte Return = 0x2A;

    private readonly PEReader _pe;

    public MibcFile(string path)
    {
        _pe = new PEReader(File.OpenRead(path));
        Reader = _pe.GetMetadataReader();
    }

    public MetadataReader Reader { get; }

    /// <summary>Each group's name and its methods with their weights, in file order.</summary>
    public IReadOnlyList<(string Group, IReadOnlyList<(EntityHandle Method, double Weight)> Methods)> Groups()
    {
        var dictionary = Method("AssemblyDictionary");
        var groups = new List<(string, IReadOnlyList<(EntityHandle, double)>)>();
        var il = Body(dictionary);
        var at = 0;
        while (il[at] != Return)
        {
            Expect(il, ref at, LoadString);
            var name = Reader.GetUserString(MetadataTokens.UserStringHandle(ReadToken(il, ref at) & 0xFFFFFF));
            Expect(il, ref at, LoadToken);
            var group = (MethodDefinitionHandle)MetadataTokens.EntityHandle(ReadToken(il, ref at));
            Expect(il, ref at, Pop);
            groups.Add((name, Weighted(Body(group))));
        }

        return groups;
    }

    /// <summary>The full name of a method reference's type and its name, for a member reference or its instantiation.</summary>
    public (string Type, string Name) Describe(EntityHandle method)
    {
        var reference = method.Kind == HandleKind.MethodSpecification
            ? Reader.GetMemberReference((MemberReferenceHandle)Reader.GetMethodSpecification((MethodSpecificationHandle)method).Method)
            : Reader.GetMemberReference((MemberReferenceHandle)method);
        var parent = reference.Parent;
        if (parent.Kind == HandleKind.TypeSpecification)
        {
            // A generic instantiation: GENERICINST, CLASS or VALUETYPE, then the definition's token.
            var blob = Reader.GetBlobReader(Reader.GetTypeSpecification((TypeSpecificationHandle)parent).Signature);
            blob.ReadByte();
            blob.ReadByte();
            parent = blob.ReadTypeHandle();
        }

        var type = Reader.GetTypeReference((TypeReferenceHandle)parent);
        return (Reader.GetString(type.Namespace) + "." + Reader.GetString(type.Name), Reader.GetString(reference.Name));
    }

    public void Dispose() => _pe.Dispose();

    private List<(EntityHandle, double)> Weighted(byte[] il)
    {
        var methods = new List<(EntityHandle, double)>();
        var at = 0;
        while (il[at] != Return)
        {
            Expect(il, ref at, LoadToken);
            var method = MetadataTokens.EntityHandle(ReadToken(il, ref at));
            Expect(il, ref at, LoadString);
            Reader.GetUserString(MetadataTokens.UserStringHandle(ReadToken(il, ref at) & 0xFFFFFF)).Should().Be("ExclusiveWeight");
            Expect(il, ref at, LoadDouble);
            var weight = BinaryPrimitives.ReadDoubleLittleEndian(il.AsSpan(at, 8));
            at += 8;
            Expect(il, ref at, Pop);
            methods.Add((method, weight));
        }

        return methods;
    }

    private MethodDefinitionHandle Method(string name) =>
        Reader.MethodDefinitions.Single(m => Reader.GetString(Reader.GetMethodDefinition(m).Name) == name);

    private byte[] Body(MethodDefinitionHandle method) =>
        _pe.GetMethodBody(Reader.GetMethodDefinition(method).RelativeVirtualAddress).GetILBytes()!;

    private static void Expect(byte[] il, ref int at, byte opcode)
    {
        il[at].Should().Be(opcode, $"the IL at offset {at}");
        at++;
    }

    private static int ReadToken(byte[] il, ref int at)
    {
        var token = BinaryPrimitives.ReadInt32LittleEndian(il.AsSpan(at, 4));
        at += 4;
        return token;
    }
}
