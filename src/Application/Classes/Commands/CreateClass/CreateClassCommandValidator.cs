namespace CleanStudents.Application.Classes.Commands.CreateClass;

internal sealed class CreateClassCommandValidator : ClassFieldsValidator<CreateClassCommand>;
