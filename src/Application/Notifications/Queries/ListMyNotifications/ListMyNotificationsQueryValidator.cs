using CleanStudents.Application.Common.Paging;
using FluentValidation;

namespace CleanStudents.Application.Notifications.Queries.ListMyNotifications;

internal sealed class ListMyNotificationsQueryValidator : AbstractValidator<ListMyNotificationsQuery>
{
    public ListMyNotificationsQueryValidator() => this.RulesForPage();
}
