using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace CleanStudents.HotCodeProfile;

/// <summary>
/// Names the traced methods from a new module's metadata: a reference to each defining assembly by simple name, a
/// type reference per definition, a member reference per method (on a type specification when the type is
/// instantiated) and a method specification per generic method instantiation. crossgen2 resolves these against the
/// assemblies it compiles; shared generic code is named over <c>System.__Canon</c> from <c>System.Private.Canon</c>, as
/// its profile reader expects.
/// </summary>
internal sealed class MethodReferences(MetadataBuilder metadata, HotMethodTrace trace) : IDisposable
{
    private const string CanonAssembly = "System.Private.Canon";
    private const byte ElementValueType = 0x11;
    private const byte ElementClass = 0x12;
    private const byte ElementGenericInstance = 0x15;
    private const byte ElementSingleDimensionArray = 0x1D;
    private const byte ElementMethodInstantiation = 0x0A;

    // Types the runtime reports by their own element type; a signature names them by that code, not by a reference.
    private static readonly Dictionary<string, byte> Primitives = new(StringComparer.Ordinal)
    {
        ["System.Void"] = 0x01, ["System.Boolean"] = 0x02, ["System.Char"] = 0x03, ["System.SByte"] = 0x04,
        ["System.Byte"] = 0x05, ["System.Int16"] = 0x06, ["System.UInt16"] = 0x07, ["System.Int32"] = 0x08,
        ["System.UInt32"] = 0x09, ["System.Int64"] = 0x0A, ["System.UInt64"] = 0x0B, ["System.Single"] = 0x0C,
        ["System.Double"] = 0x0D, ["System.String"] = 0x0E, ["System.IntPtr"] = 0x18, ["System.UIntPtr"] = 0x19,
        ["System.Object"] = 0x1C,
    };

    private readonly Dictionary<string, SourceModule> _modules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AssemblyReferenceHandle> _assemblies = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Module, EntityHandle Source), EntityHandle> _types = [];
    private TypeReferenceHandle _canon;

    /// <summary>The reference to a traced method, with the simple name of the assembly that defines it; null when the trace cannot name it.</summary>
    public (EntityHandle Handle, string Assembly)? TryReference(TraceMethod method)
    {
        try
        {
            var owner = trace.Types[method.OwningType];
            var module = ModuleOf(owner);
            var definition = module.Reader.GetMethodDefinition(MetadataTokens.MethodDefinitionHandle(method.Token));
            var signature = new BlobBuilder();
            var reader = module.Reader.GetBlobReader(definition.Signature);
            SignatureCopier.CopyMethodSignature(ref reader, signature, source => Map(module, source));
            var parent = owner.Arguments.Count == 0 ? DefinitionReference(module, owner.Token) : Specification(owner);
            EntityHandle reference = metadata.AddMemberReference(parent,
                metadata.GetOrAddString(module.Reader.GetString(definition.Name)), metadata.GetOrAddBlob(signature));
            if (method.Arguments.Count > 0)
            {
                var instantiation = new BlobBuilder();
                instantiation.WriteByte(ElementMethodInstantiation);
                instantiation.WriteCompressedInteger(method.Arguments.Count);
                foreach (var argument in method.Arguments)
                {
                    Encode(argument, instantiation);
                }

                reference = metadata.AddMethodSpecification(reference, metadata.GetOrAddBlob(instantiation));
            }

            return (reference, module.AssemblyName);
        }
        catch (Exception e) when (e is KeyNotFoundException or NotSupportedException or BadImageFormatException or FileNotFoundException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        foreach (var module in _modules.Values)
        {
            module.Dispose();
        }
    }

    private SourceModule ModuleOf(TraceType type)
    {
        var path = trace.ModulePath(type.ModuleId) ?? throw new KeyNotFoundException($"module {type.ModuleId}");
        if (!_modules.TryGetValue(path, out var module))
        {
            module = new SourceModule(path);
            _modules[path] = module;
        }

        return module;
    }

    private TypeSpecificationHandle Specification(TraceType type)
    {
        var blob = new BlobBuilder();
        EncodeInstance(type, blob);
        return metadata.AddTypeSpecification(metadata.GetOrAddBlob(blob));
    }

    /// <summary>Writes a traced type (a type argument) as a signature element.</summary>
    private void Encode(long typeId, BlobBuilder blob)
    {
        var type = trace.Types[typeId];
        var name = type.Token == 0 ? null : ModuleOf(type).FullName(type.Token);
        if (name == "System.__Canon")
        {
            blob.WriteByte(ElementClass);
            blob.WriteCompressedInteger(CodedIndex.TypeDefOrRefOrSpec(Canon()));
        }
        else if (type.Arguments.Count == 0 && name is not null && Primitives.TryGetValue(name, out var primitive))
        {
            blob.WriteByte(primitive);
        }
        else if (type.ElementType == ElementSingleDimensionArray)
        {
            blob.WriteByte(ElementSingleDimensionArray);
            Encode(type.Arguments[0], blob);
        }
        else if (type.Token != 0)
        {
            EncodeInstance(type, blob);
        }
        else
        {
            throw new NotSupportedException($"a type argument of element type {type.ElementType:x}");
        }
    }

    private void EncodeInstance(TraceType type, BlobBuilder blob)
    {
        var module = ModuleOf(type);
        var kind = module.IsValueType(type.Token) ? ElementValueType : ElementClass;
        var definition = DefinitionReference(module, type.Token);
        if (type.Arguments.Count == 0)
        {
            blob.WriteByte(kind);
            blob.WriteCompressedInteger(CodedIndex.TypeDefOrRefOrSpec(definition));
            return;
        }

        blob.WriteByte(ElementGenericInstance);
        blob.WriteByte(kind);
        blob.WriteCompressedInteger(CodedIndex.TypeDefOrRefOrSpec(definition));
        blob.WriteCompressedInteger(type.Arguments.Count);
        foreach (var argument in type.Arguments)
        {
            Encode(argument, blob);
        }
    }

    private EntityHandle DefinitionReference(SourceModule module, int token) =>
        Map(module, MetadataTokens.TypeDefinitionHandle(token));

    /// <summary>The new module's handle for a type token of a source module: definitions and references become references, specifications are copied.</summary>
    private EntityHandle Map(SourceModule module, EntityHandle source)
    {
        if (_types.TryGetValue((module.Path, source), out var known))
        {
            return known;
        }

        EntityHandle mapped;
        switch (source.Kind)
        {
            case HandleKind.TypeDefinition:
                var definition = module.Reader.GetTypeDefinition((TypeDefinitionHandle)source);
                var declaring = definition.GetDeclaringType();
                var scope = declaring.IsNil ? Assembly(module.AssemblyName) : Map(module, declaring);
                mapped = metadata.AddTypeReference(scope, metadata.GetOrAddString(module.Reader.GetString(definition.Namespace)),
                    metadata.GetOrAddString(module.Reader.GetString(definition.Name)));
                break;
            case HandleKind.TypeReference:
                var reference = module.Reader.GetTypeReference((TypeReferenceHandle)source);
                var referenceScope = reference.ResolutionScope.Kind switch
                {
                    HandleKind.AssemblyReference => Assembly(module.Reader.GetString(
                        module.Reader.GetAssemblyReference((AssemblyReferenceHandle)reference.ResolutionScope).Name)),
                    HandleKind.TypeReference => Map(module, (TypeReferenceHandle)reference.ResolutionScope),
                    _ => Assembly(module.AssemblyName),
                };
                mapped = metadata.AddTypeReference(referenceScope, metadata.GetOrAddString(module.Reader.GetString(reference.Namespace)),
                    metadata.GetOrAddString(module.Reader.GetString(reference.Name)));
                break;
            case HandleKind.TypeSpecification:
                var blob = new BlobBuilder();
                var reader = module.Reader.GetBlobReader(module.Reader.GetTypeSpecification((TypeSpecificationHandle)source).Signature);
                SignatureCopier.CopyType(ref reader, blob, inner => Map(module, inner));
                mapped = metadata.AddTypeSpecification(metadata.GetOrAddBlob(blob));
                break;
            default:
                throw new NotSupportedException($"a {source.Kind} in a signature");
        }

        _types[(module.Path, source)] = mapped;
        return mapped;
    }

    private AssemblyReferenceHandle Assembly(string name)
    {
        if (!_assemblies.TryGetValue(name, out var handle))
        {
            handle = metadata.AddAssemblyReference(metadata.GetOrAddString(name), new Version(0, 0, 0, 0), default,
                default, default, default);
            _assemblies[name] = handle;
        }

        return handle;
    }

    private TypeReferenceHandle Canon()
    {
        if (_canon.IsNil)
        {
            _canon = metadata.AddTypeReference(Assembly(CanonAssembly), metadata.GetOrAddString("System"),
                metadata.GetOrAddString("__Canon"));
        }

        return _canon;
    }
}
