using System.ComponentModel.DataAnnotations;

namespace Lantern.Web.Infrastructure;

/// <summary>Field errors keyed by field name, the shape ValidationProblem and the pages both use.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool IsEmpty => errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
    }

    public void Remove(string field) => errors.Remove(field);

    public IDictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    /// <summary>The messages alone, for people; each already names its field in words.</summary>
    public IEnumerable<string> Messages => errors.SelectMany(e => e.Value);

    /// <summary>Runs the DataAnnotations declared on <paramref name="input"/>.</summary>
    public static FieldErrors Of(object input)
    {
        var result = new FieldErrors();
        var failures = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), failures, validateAllProperties: true);
        foreach (var failure in failures)
        {
            foreach (var member in failure.MemberNames.DefaultIfEmpty(""))
            {
                result.Add(member, failure.ErrorMessage ?? "is not valid");
            }
        }

        return result;
    }
}
