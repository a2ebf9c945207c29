namespace CleanStudents.Domain.Classes;

/// <summary>A teaching period: a year and a semester, written <c>2026-S1</c>; sorts as text.</summary>
public static class Term
{
    public const string Pattern = "^[0-9]{4}-S[1-3]$";
    public const int MaxLength = 7;
}
