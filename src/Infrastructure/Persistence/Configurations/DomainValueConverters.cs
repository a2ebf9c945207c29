using CleanStudents.Domain.Classes;
using CleanStudents.Domain.Enrollments;
using CleanStudents.Domain.Lecturers;
using CleanStudents.Domain.Students;
using CleanStudents.Domain.Subjects;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CleanStudents.Infrastructure.Persistence.Configurations;

// Each domain value is stored as its plain column (text or numeric), so the schema does not know
// the types exist. Reading re-checks the value: a row that breaks the rule is a bug, not input.
// Named classes rather than lambdas so the compiled model refers to them by type.

internal sealed class StudentNumberConverter() : ValueConverter<StudentNumber, string>(v => v.Value, text => StudentNumber.Create(text));

internal sealed class StaffNumberConverter() : ValueConverter<StaffNumber, string>(v => v.Value, text => StaffNumber.Create(text));

internal sealed class SubjectCodeConverter() : ValueConverter<SubjectCode, string>(v => v.Value, text => SubjectCode.Create(text));

internal sealed class ClassCodeConverter() : ValueConverter<ClassCode, string>(v => v.Value, text => ClassCode.Create(text));

internal sealed class TermConverter() : ValueConverter<Term, string>(v => v.Value, text => Term.Create(text));

internal sealed class ScoreConverter() : ValueConverter<Score, decimal>(v => v.Value, number => Score.Create(number));
