namespace InfoSeek.Llm;

/// <summary>
/// The research tree the calls in this async flow work for; every call recorded inside
/// <see cref="ForTree"/> carries its id, so that reports can account calls per question.
/// </summary>
public static class LlmCallScope
{
    private static readonly AsyncLocal<Guid?> Tree = new();

    public static Guid? CurrentTree => Tree.Value;

    /// <summary>Until disposed, calls in this flow are accounted to <paramref name="treeId"/>.</summary>
    public static IDisposable ForTree(Guid treeId)
    {
        var previous = Tree.Value;
        Tree.Value = treeId;
        return new Restore(previous);
    }

    private sealed class Restore(Guid? previous) : IDisposable
    {
        public void Dispose() => Tree.Value = previous;
    }
}
