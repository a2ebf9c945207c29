namespace CleanStudents.Application.Classes.Commands.UpdateClass;

internal sealed class UpdateClassCommandValidator : ClassFieldsValidator<UpdateClassCommand>;
