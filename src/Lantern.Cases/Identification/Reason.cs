namespace Lantern.Cases.Identification;

/// <summary>
/// One line of a proposal's explanation, kept as data (a kind and the codes it is about) so that
/// it can be stored with a case and shown in any language; <c>ChecklistLanguage.Explain</c> writes it out.
/// </summary>
/// <param name="Codes">Checklist codes, element codes (<c>palermo.means</c>) or status names, as <see cref="ReasonKind"/> says.</param>
public sealed record Reason(ReasonKind Kind, IReadOnlyList<string> Codes)
{
    // A stored reason must equal the same reason made again, so the codes compare by content.
    public bool Equals(Reason? other) => other is not null && Kind == other.Kind && Codes.SequenceEqual(other.Codes);

    public override int GetHashCode() => HashCode.Combine(Kind, Codes.Count);

    public override string ToString() => Codes.Count == 0 ? Kind.ToString() : $"{Kind}: {string.Join(", ", Codes)}";
}
