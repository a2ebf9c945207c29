using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using CleanStudents.HotCodeProfile;

namespace CleanStudents.Tools.UnitTests;

public class MibcImageTests
{
    [Test]
    public void WritesEachGroupsMethodsWithTheirWeightsAsCrossgen2ReadsThem()
    {
        var image = new MibcImage();
        var metadata = image.Metadata;
        var signature = new BlobBuilder();
        new BlobEncoder(signature).MethodSignature(isInstanceMethod: true).Parameters(0, r => r.Void(), _ => { });
        EntityHandle Method(string assembly, string type, string name) => metadata.AddMemberReference(
            metadata.AddTypeReference(metadata.AddAssemblyReference(metadata.GetOrAddString(assembly), new Version(0, 0, 0, 0), default, default, default, default),
                metadata.GetOrAddString("Sample"), metadata.GetOrAddString(type)),
            metadata.GetOrAddString(name), metadata.GetOrAddBlob(signature));
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "sample.mibc");

        image.Write(path,
        [
            (Method("First", "Start", "Run"), "First", 3.0),
            (Method("Second", "Request", "Handle"), "Second", 2.0),
            (Method("First", "Start", "Stop"), "First", 1.0),
        ]);

        using var file = new MibcFile(path);
        var groups = file.Groups();
        groups.Select(g => g.Group).Should().Equal("First", "Second");
        groups[0].Methods.Select(m => (file.Describe(m.Method), m.Weight)).Should().Equal((("Sample.Start", "Run"), 3.0), (("Sample.Start", "Stop"), 1.0));
        groups[1].Methods.Select(m => (file.Describe(m.Method), m.Weight)).Should().Equal((("Sample.Request", "Handle"), 2.0));
    }
}
