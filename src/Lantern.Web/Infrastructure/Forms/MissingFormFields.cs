using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Components.Forms.Mapping;

namespace Lantern.Web.Infrastructure.Forms;

/// <summary>
/// A form post may leave out any field (a hand-made request, an old page). Blazor's form binding
/// then leaves a property null even when it is declared non-nullable with a default, and pages and
/// commands that trust the declaration throw. Every bound form model is completed after binding:
/// a non-nullable string that is null becomes empty (so <c>[Required]</c> reports it), a
/// non-nullable collection becomes empty, and nested models and the models in lists are completed
/// the same way. Nullable properties stay null: their code expects it.
/// </summary>
public static class MissingFormFields
{
    private static readonly ConcurrentDictionary<Type, Completion[]> Completions = new();

    /// <summary>Wraps ASP.NET Core's form value mapper, so that every <c>[SupplyParameterFromForm]</c> value is completed.</summary>
    public static IServiceCollection AddLanternFormCompletion(this IServiceCollection services)
    {
        var mapper = services.LastOrDefault(s => s.ServiceType == typeof(IFormValueMapper))
                     ?? throw new InvalidOperationException("AddRazorComponents must come before AddLanternFormCompletion.");
        services.Remove(mapper);
        services.Add(ServiceDescriptor.Describe(typeof(IFormValueMapper), provider => new CompletingMapper(Create(provider, mapper)), mapper.Lifetime));
        return services;
    }

    /// <summary>Replaces the nulls in <paramref name="model"/>'s non-nullable properties, and in the models it holds.</summary>
    public static void Complete(object? model) => Complete(model, depth: 0);

    private static void Complete(object? model, int depth)
    {
        // Form models are shallow; the bound keeps a cycle from running away.
        if (model is null || depth > 8 || !IsFormModel(model.GetType()))
        {
            return;
        }

        foreach (var completion in Completions.GetOrAdd(model.GetType(), Plan))
        {
            var value = completion.Property.GetValue(model);
            if (value is null && completion.Empty is { } empty)
            {
                completion.Property.SetValue(model, value = empty());
            }

            if (value is IEnumerable items and not string and not IDictionary)
            {
                foreach (var item in items)
                {
                    Complete(item, depth + 1);
                }
            }
            else
            {
                Complete(value, depth + 1);
            }
        }
    }

    /// <summary>Lantern's own types only: framework types are never form models.</summary>
    private static bool IsFormModel(Type type) => type.IsClass && type != typeof(string) && type.Assembly == typeof(MissingFormFields).Assembly;

    private sealed record Completion(PropertyInfo Property, Func<object>? Empty);

    private static Completion[] Plan(Type type)
    {
        var nullability = new NullabilityInfoContext();
        return
        [
            .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0 && !p.PropertyType.IsValueType)
                .Select(p => new Completion(p, nullability.Create(p).WriteState == NullabilityState.NotNull ? EmptyOf(p.PropertyType) : null)),
        ];
    }

    private static Func<object>? EmptyOf(Type type) => type switch
    {
        _ when type == typeof(string) => () => "",
        { IsArray: true } => () => Array.CreateInstance(type.GetElementType()!, 0),
        _ when !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is not null => () => Activator.CreateInstance(type)!,
        _ => null,
    };

    private static IFormValueMapper Create(IServiceProvider provider, ServiceDescriptor descriptor) => (IFormValueMapper)(
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));

    private sealed class CompletingMapper(IFormValueMapper inner) : IFormValueMapper
    {
        public bool CanMap(Type valueType, string scopeName, string? formName) => inner.CanMap(valueType, scopeName, formName);

        public void Map(FormValueMappingContext context)
        {
            inner.Map(context);
            Complete(context.Result);
        }
    }
}
