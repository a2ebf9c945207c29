using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using CleanStudents.HotCodeProfile;

namespace CleanStudents.Tools.UnitTests;

public class SignatureCopierTests
{
    [TestCase(typeof(object), TestName = "System.Private.CoreLib")]
    [TestCase(typeof(MetadataReader), TestName = "System.Reflection.Metadata")]
    [TestCase(typeof(Microsoft.Diagnostics.Tracing.TraceEvent), TestName = "TraceEvent")]
    public void CopiesEverySignatureOfAnAssemblyByteForByte(Type sample)
    {
        using var pe = new PEReader(File.OpenRead(sample.Assembly.Location));
        var reader = pe.GetMetadataReader();

        foreach (var handle in reader.MethodDefinitions)
        {
            var signature = reader.GetMethodDefinition(handle).Signature;
            var blob = reader.GetBlobReader(signature);
            var copy = new BlobBuilder();
            SignatureCopier.CopyMethodSignature(ref blob, copy, token => token);
            copy.ToArray().Should().Equal(reader.GetBlobBytes(signature), $"the signature of method 0x{MetadataTokens.GetToken(handle):x8}");
            blob.RemainingBytes.Should().Be(0);
        }

        foreach (var handle in Enumerable.Range(1, reader.GetTableRowCount(TableIndex.TypeSpec)).Select(MetadataTokens.TypeSpecificationHandle))
        {
            var signature = reader.GetTypeSpecification(handle).Signature;
            var blob = reader.GetBlobReader(signature);
            var copy = new BlobBuilder();
            SignatureCopier.CopyType(ref blob, copy, token => token);
            copy.ToArray().Should().Equal(reader.GetBlobBytes(signature));
        }
    }

    [Test]
    public void HandsEveryTypeTokenToTheMapping()
    {
        using var pe = new PEReader(File.OpenRead(typeof(object).Assembly.Location));
        var reader = pe.GetMetadataReader();
        // List<T>.ConvertAll<TOutput>(Converter<T, TOutput>) returns List<TOutput>: two generic instantiations, two tokens.
        var convertAll = reader.MethodDefinitions.Select(reader.GetMethodDefinition).Single(m =>
            reader.GetString(m.Name) == "ConvertAll" && reader.GetString(reader.GetTypeDefinition(m.GetDeclaringType()).Name) == "List`1");
        var mapped = new List<string>();
        var replacement = MetadataTokens.TypeReferenceHandle(1);

        var blob = reader.GetBlobReader(convertAll.Signature);
        var copy = new BlobBuilder();
        SignatureCopier.CopyMethodSignature(ref blob, copy, token =>
        {
            mapped.Add(reader.GetString(reader.GetTypeDefinition((TypeDefinitionHandle)token).Name));
            return replacement;
        });

        mapped.Should().Equal("List`1", "Converter`2");
        // Generic instance method; List<TOutput> (GENERICINST CLASS <token> 1 MVAR 0); Converter<T, TOutput>
        // (GENERICINST CLASS <token> 2 VAR 0 MVAR 0), each token now the replacement's coded index (TypeRef row 1: 0x05).
        copy.ToArray().Should().Equal(0x30, 0x01, 0x01, 0x15, 0x12, 0x05, 0x01, 0x1E, 0x00, 0x15, 0x12, 0x05, 0x02, 0x13, 0x00, 0x1E, 0x00);
    }
}
