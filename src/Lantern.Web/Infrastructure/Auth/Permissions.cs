namespace Lantern.Web.Infrastructure.Auth;

public enum Role
{
    Administrator,
    Coordinator,
    Frontline,
    Analyst,
    Researcher,
    Viewer,
}

public enum Resource
{
    Organisations,
    Areas,
    Coverage,
    Users,

    /// <summary>One's own account: password, two factors and personal API tokens; every role may edit its own.</summary>
    OwnAccount,
    Advocacy,
    Surveys,

    /// <summary>Identification and case work with survivors: frontline staff, their coordinators and administrators only.</summary>
    Cases,

    /// <summary>The audit trail; only Administrators, who hold every permission, may read or export it.</summary>
    Audit,
}

public enum Operation
{
    Read,
    Edit,
    Import,
    Export,
}

/// <summary>A resource × operation pair; the unit every page and endpoint asks for.</summary>
public readonly record struct Permission(Resource Resource, Operation Operation)
{
    public const string PolicyPrefix = "permission:";

    public string PolicyName => $"{PolicyPrefix}{Resource}.{Operation}";

    public override string ToString() => $"{Resource}.{Operation}";

    public static bool TryParsePolicy(string policyName, out Permission permission)
    {
        permission = default;
        if (!policyName.StartsWith(PolicyPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = policyName[PolicyPrefix.Length..].Split('.');
        if (parts.Length == 2 && Enum.TryParse<Resource>(parts[0], out var resource) && Enum.TryParse<Operation>(parts[1], out var operation))
        {
            permission = new Permission(resource, operation);
            return true;
        }

        return false;
    }
}

/// <summary>The one catalogue of which role may do what. Roles are additive.</summary>
public static class RolePermissions
{
    private static readonly Permission[] ReadMap =
    [
        new(Resource.Organisations, Operation.Read),
        new(Resource.Areas, Operation.Read),
        new(Resource.Coverage, Operation.Read),
        new(Resource.OwnAccount, Operation.Edit),
        new(Resource.Advocacy, Operation.Read),
        new(Resource.Surveys, Operation.Read),
    ];

    private static readonly Permission[] ExportMap = [.. ReadMap, new(Resource.Organisations, Operation.Export), new(Resource.Advocacy, Operation.Export), new(Resource.Surveys, Operation.Export)];

    // Researchers run studies: they build instruments and load responses, but edit nothing else.
    private static readonly Permission[] SurveyWork = [new(Resource.Surveys, Operation.Edit), new(Resource.Surveys, Operation.Import)];

    // Frontline staff screen and (later) manage cases; analysts, researchers and viewers never see one.
    private static readonly Permission[] CaseWork = [new(Resource.Cases, Operation.Read)];

    private static readonly Permission[] EditMap =
    [
        .. ExportMap,
        new(Resource.Organisations, Operation.Edit),
        new(Resource.Organisations, Operation.Import),
        new(Resource.Areas, Operation.Edit),
        new(Resource.Advocacy, Operation.Edit),
        .. SurveyWork,
    ];

    private static readonly Dictionary<Role, HashSet<Permission>> ByRole = new()
    {
        [Role.Administrator] = [.. AllPermissions()],
        [Role.Coordinator] = [.. EditMap, .. CaseWork],
        [Role.Frontline] = [.. ReadMap, .. CaseWork],
        [Role.Analyst] = [.. ExportMap],
        [Role.Researcher] = [.. ExportMap, .. SurveyWork],
        [Role.Viewer] = [.. ReadMap],
    };

    public static IEnumerable<Permission> AllPermissions() =>
        from resource in Enum.GetValues<Resource>()
        from operation in Enum.GetValues<Operation>()
        select new Permission(resource, operation);

    public static IReadOnlySet<Permission> For(Role role) => ByRole[role];

    public static bool Allows(IEnumerable<string> roleNames, Permission permission) =>
        roleNames.Any(name => Enum.TryParse<Role>(name, out var role) && ByRole[role].Contains(permission));
}
