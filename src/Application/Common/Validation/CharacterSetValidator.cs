using FluentValidation;
using FluentValidation.Validators;

namespace CleanStudents.Application.Common.Validation;

/// <summary>
/// Refuses text with a character outside a set, stated once as a regular-expression class so the
/// same rule can be published as a pattern (<see cref="IAllowedCharactersValidator"/>).
/// </summary>
internal sealed class CharacterSetValidator<T>(string forbiddenClass, Func<char, bool> isForbidden, string message)
    : PropertyValidator<T, string?>, IAllowedCharactersValidator
{
    public override string Name => "CharacterSetValidator";

    /// <summary>Every character outside <c>forbiddenClass</c>, from start to end.</summary>
    public string Expression { get; } = $"^[^{forbiddenClass}]*$";

    public override bool IsValid(ValidationContext<T> context, string? value) => value is null || !value.Any(isForbidden);

    protected override string GetDefaultMessageTemplate(string errorCode) => message;
}
