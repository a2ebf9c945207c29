using CleanStudents.HotCodeProfile;

// Usage: CleanStudents.HotCodeProfile <trace.nettrace> <out.mibc>
// The trace comes from build/profile-hot-code.sh; the profile orders the composite image's methods (ADR 0019).
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: CleanStudents.HotCodeProfile <trace.nettrace> <out.mibc>");
    return 2;
}

var trace = HotMethodTrace.Read(args[0]);
var image = new MibcImage();
using var references = new MethodReferences(image.Metadata, trace);
var traced = trace.MethodsInFirstUseOrder.ToList();
var named = traced.Select(references.TryReference).Where(r => r is not null).Select(r => r!.Value).ToList();
// First used, heaviest: crossgen2's ExclusiveWeight layout puts the start-up path first and the request paths after it.
image.Write(args[1], named.Select((m, i) => (m.Handle, m.Assembly, (double)(named.Count - i))));
Console.WriteLine($"{named.Count} of {traced.Count} traced methods written to {args[1]}");
return 0;
