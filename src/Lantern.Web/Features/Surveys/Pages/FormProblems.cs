using Lantern.Web.Infrastructure;
using Microsoft.AspNetCore.Components.Forms;

namespace Lantern.Web.Features.Surveys.Pages;

public static class FormProblems
{
    /// <summary>Puts a command's problems on the form's fields, so each shows beside its input and in the summary.</summary>
    public static void Show(EditContext form, FieldErrors errors)
    {
        var store = new ValidationMessageStore(form);
        foreach (var (field, messages) in errors.ToDictionary())
        {
            store.Add(form.Field(field), messages);
        }

        form.NotifyValidationStateChanged();
    }
}
