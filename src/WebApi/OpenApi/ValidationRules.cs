using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Nodes;
using CleanStudents.Application.Common.Validation;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;
using Microsoft.OpenApi;

namespace CleanStudents.WebApi.OpenApi;

/// <summary>
/// The FluentValidation rules the server applies to a use case's request, read from its validators
/// and written into OpenAPI schemas, so the document states exactly what the server checks.
/// </summary>
internal sealed class ValidationRules
{
    private readonly ILookup<string, IRuleComponent> _byMember;

    private ValidationRules(ILookup<string, IRuleComponent> byMember) => _byMember = byMember;

    public static ValidationRules Of(Type requestType, IServiceProvider services)
    {
        var validators = services.GetServices(typeof(IValidator<>).MakeGenericType(requestType)).OfType<IValidator>();
        var components = validators
            .SelectMany(v => v.CreateDescriptor().GetMembersWithValidators()
                .SelectMany(member => member.Select(rule => (Member: member.Key, rule.Options))))
            .ToLookup(x => x.Member, x => x.Options, StringComparer.OrdinalIgnoreCase);
        return new ValidationRules(components);
    }

    /// <summary>Whether the server refuses the member when it is absent (a rule that holds unconditionally).</summary>
    public bool Requires(string member) =>
        _byMember[member].Any(c => !c.HasCondition && !c.HasAsyncCondition && c.Validator is INotNullValidator or INotEmptyValidator);

    /// <summary>Writes the member's lengths, pattern, range, format and allowed values into its schema.</summary>
    public void Describe(string member, OpenApiSchema schema)
    {
        var patterns = new List<(string Expression, bool CharacterSet)>();
        foreach (var validator in _byMember[member].Select(c => c.Validator))
        {
            switch (validator)
            {
                case ILengthValidator length:
                    schema.MinLength = Math.Max(schema.MinLength ?? 0, length.Min) is var shortest and > 0 ? shortest : schema.MinLength;
                    schema.MaxLength = length.Max > 0 ? Math.Min(schema.MaxLength ?? int.MaxValue, length.Max) : schema.MaxLength;
                    break;
                case INotEmptyValidator when IsText(schema) && schema.Format is null:
                    schema.MinLength = Math.Max(schema.MinLength ?? 0, 1);
                    break;
                case IRegularExpressionValidator regex:
                    patterns.Add((regex.Expression, validator is IAllowedCharactersValidator));
                    break;
                case IEmailValidator:
                    schema.Format = "email";
                    break;
                case IBetweenValidator between when Number(between.From) is { } from && Number(between.To) is { } to:
                    schema.Minimum = from;
                    schema.Maximum = to;
                    break;
                case IComparisonValidator { Comparison: Comparison.GreaterThanOrEqual } atLeast when Number(atLeast.ValueToCompare) is { } least:
                    schema.Minimum = least;
                    break;
                case IAllowedValuesValidator allowed:
                    schema.Enum = [.. allowed.AllowedValues.Select(v => (JsonNode)JsonValue.Create(v))];
                    break;
                case var _ when ScaleOf(validator) is { } scale:
                    schema.MultipleOf = (decimal)Math.Pow(10, -scale);
                    break;
            }
        }

        // A format of its own (a code, a term) already names its characters; the control-character
        // rule is the pattern only of free text.
        if (patterns.OrderBy(p => p.CharacterSet).Select(p => p.Expression).FirstOrDefault() is { } pattern)
        {
            schema.Pattern = pattern;
        }
    }

    private static bool IsText(OpenApiSchema schema) => schema.Type is { } type && type.HasFlag(JsonSchemaType.String);

    private static string? Number(object? value) => value switch
    {
        int or long or decimal or double => Convert.ToString(value, CultureInfo.InvariantCulture),
        _ => null,
    };

    // PrecisionScaleValidator<T> is generic in the validated type, so its Scale is read by name.
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "FluentValidation is not trimmed (ADR 0017).")]
    private static int? ScaleOf(IPropertyValidator validator) =>
        validator.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(PrecisionScaleValidator<>)
            ? (int?)type.GetProperty(nameof(PrecisionScaleValidator<object>.Scale))?.GetValue(validator)
            : null;
}
