namespace InfoSeek.Contracts;

public enum ClaimKind
{
    /// <summary>Relates the vertex to another entity (a hyperlink of its page), e.g. "A was named by B".</summary>
    Relation,

    /// <summary>A fact about the vertex alone (a date, a number, a place, a role), e.g. "A has three subspecies".</summary>
    Attribute,
}
