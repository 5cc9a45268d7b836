using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Lantern.Web.Infrastructure.Audit;

public static class AuditSetup
{
    /// <summary>The audit writer and its actor; part of the data layer, so every host that saves gets them.</summary>
    public static IServiceCollection AddLanternAudit(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new BackgroundAuditActor(AuditActor.System));
        services.AddScoped<AuditActorSource>();
        services.AddScoped<AuditInterceptor>();
        services.AddScoped<AuditLog>();
        return services;
    }
}
