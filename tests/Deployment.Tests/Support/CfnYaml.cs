using YamlDotNet.RepresentationModel;

namespace CleanStudents.Deployment.Tests.Support;

/// <summary>
/// Reads a CloudFormation YAML template into plain values: <see cref="Dictionary{TKey,TValue}"/>
/// for mappings, <see cref="List{T}"/> for sequences, strings for scalars. Short-form tags
/// become their long forms (<c>!Ref X</c> → <c>{ Ref: X }</c>, <c>!GetAtt A.B</c> →
/// <c>{ Fn::GetAtt: [A, B] }</c>, <c>!Sub s</c> → <c>{ Fn::Sub: s }</c>, …), so the policy
/// rules see one shape whichever form a template uses.
/// </summary>
public static class CfnYaml
{
    public static Dictionary<string, object?> Load(string path)
    {
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        stream.Load(reader);
        return Convert(stream.Documents[0].RootNode) as Dictionary<string, object?>
            ?? throw new InvalidDataException($"{path}: the document is not a mapping");
    }

    private static object? Convert(YamlNode node)
    {
        object? value = node switch
        {
            YamlScalarNode scalar => scalar.Value,
            YamlSequenceNode sequence => sequence.Children.Select(Convert).ToList(),
            YamlMappingNode mapping => mapping.Children.ToDictionary(
                entry => ((YamlScalarNode)entry.Key).Value ?? string.Empty,
                entry => Convert(entry.Value),
                StringComparer.Ordinal),
            _ => throw new InvalidDataException($"unsupported YAML node {node.NodeType}"),
        };

        var tag = node.Tag.IsEmpty ? null : node.Tag.Value;
        if (tag is null || !tag.StartsWith('!'))
        {
            return value;
        }

        var name = tag[1..];
        return name switch
        {
            "Ref" => new Dictionary<string, object?>(StringComparer.Ordinal) { ["Ref"] = value },
            "Condition" => new Dictionary<string, object?>(StringComparer.Ordinal) { ["Condition"] = value },
            "GetAtt" when value is string dotted => new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["Fn::GetAtt"] = new List<object?> { dotted[..dotted.IndexOf('.', StringComparison.Ordinal)], dotted[(dotted.IndexOf('.', StringComparison.Ordinal) + 1)..] },
            },
            _ => new Dictionary<string, object?>(StringComparer.Ordinal) { ["Fn::" + name] = value },
        };
    }
}
