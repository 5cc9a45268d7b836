using System.Collections.Concurrent;
using System.Reflection;
using Lantern.Web.Data;
using Lantern.Web.Infrastructure.Audit;
using Lantern.Web.Infrastructure.Auth;

namespace Lantern.Web.Infrastructure.Commands;

/// <summary>
/// A change to Lantern's data. The type says what it needs with
/// <c>[RequirePermission(Resource.X, Operation.Y)]</c>, and its handler is nested in it.
/// </summary>
public interface ICommand<TResult>;

/// <summary>Carries out one kind of command; the <see cref="CommandRunner"/> has already checked and opened the transaction.</summary>
public interface ICommandHandler<in TCommand, TResult> : ICommandHandler<TResult>
    where TCommand : ICommand<TResult>
{
    Task<CommandResult<TResult>> HandleAsync(TCommand command, CancellationToken cancellationToken);

    Task<CommandResult<TResult>> ICommandHandler<TResult>.HandleAsync(ICommand<TResult> command, CancellationToken cancellationToken) =>
        HandleAsync((TCommand)command, cancellationToken);
}

/// <summary>The handler as the runner sees it, whatever the command's type.</summary>
public interface ICommandHandler<TResult>
{
    Task<CommandResult<TResult>> HandleAsync(ICommand<TResult> command, CancellationToken cancellationToken);
}

/// <summary>
/// The one write path: checks the permission the command declares against the catalogue (and
/// records a refusal), validates the command's own annotations, and runs its handler in one
/// transaction, committed only when it succeeds. Every row the handler saves gets its audit record
/// in that transaction from <see cref="AuditInterceptor"/>.
/// </summary>
public sealed class CommandRunner(IServiceProvider services, LanternDbContext db, IHttpContextAccessor http, AuditLog audit)
{
    public async Task<CommandResult<TResult>> RunAsync<TResult>(ICommand<TResult> command, CancellationToken cancellationToken = default)
    {
        var type = command.GetType();
        var permission = CommandCatalogue.PermissionOf(type);
        // Outside a request (the command line, start-up seeding, the demo) the operator of the
        // server acts, who can reach the database anyway; in a request the signed-in user must hold it.
        if (http.HttpContext is { } context && !context.User.Can(permission.Resource, permission.Operation))
        {
            await audit.RecordAsync(AuditAction.PermissionDenied, "Command", type.Name, permission.ToString(), cancellationToken);
            return CommandResult<TResult>.Refused(permission);
        }

        var errors = FieldErrors.Of(command);
        if (!errors.IsEmpty)
        {
            return CommandResult<TResult>.Fail(errors);
        }

        var handler = (ICommandHandler<TResult>)services.GetRequiredService(typeof(ICommandHandler<,>).MakeGenericType(type, typeof(TResult)));
        if (db.Database.CurrentTransaction is not null)
        {
            return await handler.HandleAsync(command, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await handler.HandleAsync(command, cancellationToken);
        if (result.Succeeded)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }
}

/// <summary>Every command type in the app, with the permission it declares.</summary>
public static class CommandCatalogue
{
    private static readonly ConcurrentDictionary<Type, Permission> Permissions = new();

    public static IReadOnlyList<Type> CommandTypes { get; } =
        [.. typeof(CommandCatalogue).Assembly.GetTypes().Where(t => !t.IsAbstract && ResultOf(t) is not null)];

    public static Type? ResultOf(Type commandType) =>
        commandType.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>))?.GetGenericArguments()[0];

    public static Permission PermissionOf(Type commandType) => Permissions.GetOrAdd(commandType, type =>
        type.GetCustomAttributes<RequirePermissionAttribute>().SingleOrDefault() is { } declared && Permission.TryParsePolicy(declared.Policy!, out var permission)
            ? permission
            : throw new InvalidOperationException($"The command {type.Name} declares no [RequirePermission]; every command must say what it needs."));

    /// <summary>Registers the runner and every handler nested in the app's commands.</summary>
    public static IServiceCollection AddLanternCommands(this IServiceCollection services)
    {
        services.AddScoped<CommandRunner>();
        foreach (var handler in typeof(CommandCatalogue).Assembly.GetTypes().Where(t => !t.IsAbstract && !t.IsInterface))
        {
            foreach (var contract in handler.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommandHandler<,>)))
            {
                services.AddScoped(contract, handler);
            }
        }

        return services;
    }
}
