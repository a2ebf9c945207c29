using FluentValidation.Validators;

namespace CleanStudents.Application.Common.Validation;

/// <summary>
/// A rule on which characters free text may hold (its <see cref="IRegularExpressionValidator.Expression"/>
/// says so), as opposed to a format of its own such as a code or a term.
/// </summary>
public interface IAllowedCharactersValidator : IRegularExpressionValidator;
