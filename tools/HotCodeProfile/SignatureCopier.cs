using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace CleanStudents.HotCodeProfile;

/// <summary>
/// Copies a signature blob from one module's metadata into another's, element by element (ECMA-335 II.23.2), handing
/// every type token to a mapping so that it names the same type from the new module.
/// </summary>
internal static class SignatureCopier
{
    private const byte CustomModifierRequired = 0x1F;
    private const byte CustomModifierOptional = 0x20;
    private const byte Pointer = 0x0F;
    private const byte ByReference = 0x10;
    private const byte ValueType = 0x11;
    private const byte Class = 0x12;
    private const byte TypeVariable = 0x13;
    private const byte Array = 0x14;
    private const byte GenericInstance = 0x15;
    private const byte FunctionPointer = 0x1B;
    private const byte SingleDimensionArray = 0x1D;
    private const byte MethodVariable = 0x1E;
    private const byte Sentinel = 0x41;
    private const byte Pinned = 0x45;

    public static void CopyMethodSignature(ref BlobReader reader, BlobBuilder writer, Func<EntityHandle, EntityHandle> mapToken)
    {
        var header = reader.ReadSignatureHeader();
        writer.WriteByte(header.RawValue);
        if (header.IsGeneric)
        {
            writer.WriteCompressedInteger(reader.ReadCompressedInteger());
        }

        var parameters = reader.ReadCompressedInteger();
        writer.WriteCompressedInteger(parameters);
        for (var i = 0; i <= parameters; i++)
        {
            CopyType(ref reader, writer, mapToken);
        }
    }

    public static void CopyType(ref BlobReader reader, BlobBuilder writer, Func<EntityHandle, EntityHandle> mapToken)
    {
        var code = reader.ReadByte();
        writer.WriteByte(code);
        switch (code)
        {
            case CustomModifierRequired or CustomModifierOptional:
                CopyToken(ref reader, writer, mapToken);
                CopyType(ref reader, writer, mapToken);
                break;
            case Pointer or ByReference or SingleDimensionArray or Pinned:
                CopyType(ref reader, writer, mapToken);
                break;
            case ValueType or Class:
                CopyToken(ref reader, writer, mapToken);
                break;
            case TypeVariable or MethodVariable:
                writer.WriteCompressedInteger(reader.ReadCompressedInteger());
                break;
            case GenericInstance:
                writer.WriteByte(reader.ReadByte());
                CopyToken(ref reader, writer, mapToken);
                var arguments = reader.ReadCompressedInteger();
                writer.WriteCompressedInteger(arguments);
                for (var i = 0; i < arguments; i++)
                {
                    CopyType(ref reader, writer, mapToken);
                }

                break;
            case Array:
                CopyType(ref reader, writer, mapToken);
                CopyArrayShape(ref reader, writer);
                break;
            case FunctionPointer:
                CopyMethodSignature(ref reader, writer, mapToken);
                break;
            case Sentinel:
                // Only vararg call sites carry it; no method definition the profile names does.
                throw new NotSupportedException("a vararg signature");
            default:
                // A primitive type (void, bool … string, object, native int): the code is the whole element.
                break;
        }
    }

    private static void CopyToken(ref BlobReader reader, BlobBuilder writer, Func<EntityHandle, EntityHandle> mapToken) =>
        writer.WriteCompressedInteger(CodedIndex.TypeDefOrRefOrSpec(mapToken(reader.ReadTypeHandle())));

    private static void CopyArrayShape(ref BlobReader reader, BlobBuilder writer)
    {
        writer.WriteCompressedInteger(reader.ReadCompressedInteger());
        var sizes = reader.ReadCompressedInteger();
        writer.WriteCompressedInteger(sizes);
        for (var i = 0; i < sizes; i++)
        {
            writer.WriteCompressedInteger(reader.ReadCompressedInteger());
        }

        var lowerBounds = reader.ReadCompressedInteger();
        writer.WriteCompressedInteger(lowerBounds);
        for (var i = 0; i < lowerBounds; i++)
        {
            writer.WriteCompressedSignedInteger(reader.ReadCompressedSignedInteger());
        }
    }
}
