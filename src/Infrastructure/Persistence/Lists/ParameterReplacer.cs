using System.Linq.Expressions;

namespace CleanStudents.Infrastructure.Persistence.Lists;

/// <summary>Puts an expression where a lambda's parameter was, to turn a list's two-argument filter into a row predicate.</summary>
internal sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
{
    public static Expression Replace(Expression body, ParameterExpression from, Expression to) =>
        new ParameterReplacer(from, to).Visit(body);

    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
}
