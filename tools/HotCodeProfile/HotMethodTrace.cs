using Microsoft.Diagnostics.Tracing;

namespace CleanStudents.HotCodeProfile;

/// <summary>A type as a BulkType event describes it: its definition (module and token; the event carries no name), its element type, its arguments.</summary>
internal sealed record TraceType(long ModuleId, int Token, byte ElementType, IReadOnlyList<long> Arguments);

/// <summary>A method whose precompiled code the runtime looked up: the exact owning type, the definition, the method's type arguments.</summary>
internal sealed record TraceMethod(long OwningType, int Token, IReadOnlyList<long> Arguments);

/// <summary>
/// What an EventPipe trace (keywords Loader, CompilationDiagnostic and TypeDiagnostic, level verbose) says about the
/// precompiled methods a process ran: each <c>R2RGetEntryPoint</c> names a method the first time its ReadyToRun code
/// is used, <c>MethodDetails</c> and <c>BulkType</c> give its exact instantiation, <c>ModuleLoad</c> the files.
/// </summary>
internal sealed class HotMethodTrace
{
    private readonly Dictionary<long, string> _modules = [];
    private readonly Dictionary<long, TraceType> _types = [];
    private readonly Dictionary<long, TraceMethod> _details = [];
    private readonly List<long> _firstUse = [];

    public IReadOnlyDictionary<long, TraceType> Types => _types;

    /// <summary>The methods in the order their precompiled code was first used; those the trace cannot place are left out.</summary>
    public IEnumerable<TraceMethod> MethodsInFirstUseOrder =>
        _firstUse.Where(_details.ContainsKey).Select(id => _details[id]);

    public string? ModulePath(long moduleId) => _modules.GetValueOrDefault(moduleId);

    public static HotMethodTrace Read(string path)
    {
        var trace = new HotMethodTrace();
        var seen = new HashSet<long>();
        using var source = new EventPipeEventSource(path);
        source.Clr.LoaderModuleLoad += e => trace._modules[e.ModuleID] = e.ModuleILPath;
        source.Clr.TypeBulkType += e =>
        {
            for (var i = 0; i < e.Count; i++)
            {
                var type = e.Values(i);
                var arguments = Enumerable.Range(0, type.TypeParameterCount).Select(j => (long)type.TypeParameterID(j)).ToArray();
                trace._types[(long)type.TypeID] = new TraceType((long)type.ModuleID, type.TypeNameID,
                    (byte)type.CorElementType, arguments);
            }
        };
        source.Clr.MethodMethodDetails += e =>
        {
            var arguments = Enumerable.Range(0, e.TypeParameterCount).Select(i => (long)e.TypeParameters(i)).ToArray();
            trace._details[(long)e.MethodID] = new TraceMethod((long)e.TypeID, (int)e.MethodToken, arguments);
        };
        source.Clr.MethodR2RGetEntryPoint += e =>
        {
            if (seen.Add((long)e.MethodID))
            {
                trace._firstUse.Add((long)e.MethodID);
            }
        };
        source.Process();
        return trace;
    }
}
