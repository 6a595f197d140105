using System.Globalization;
using InfoSeek.Contracts;

namespace InfoSeek.Domain.Trees;

/// <summary>
/// The bounds a research tree grows within: between <paramref name="MinVertices"/> and
/// <paramref name="MaxVertices"/> vertices, no vertex deeper than <paramref name="MaxDepth"/> (the root
/// is at depth 0), none with more than <paramref name="MaxBreadth"/> children.
/// </summary>
public sealed record TreeShape(int MinVertices, int MaxVertices, int MaxDepth, int MaxBreadth)
{
    /// <summary>The shape a run asks for.</summary>
    public static TreeShape Of(StartRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new(run.MinVertices, run.MaxVertices, run.MaxDepth, run.MaxBreadth);
    }

    /// <summary>
    /// The shape a root must leave room for, as a browse command carries it: the run's smallest tree
    /// (the command has no MaxVertices, and a root needs no more than MinVertices).
    /// </summary>
    public static TreeShape OfRoot(BrowsePage command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return Smallest(command.MinVertices, command.MaxDepth, command.MaxBreadth);
    }

    /// <summary>Trees of exactly <paramref name="vertices"/> vertices within the depth and breadth.</summary>
    public static TreeShape Smallest(int vertices, int maxDepth, int maxBreadth) => new(vertices, vertices, maxDepth, maxBreadth);

    /// <summary>The bounds in words, for a tree aiming at <paramref name="targetVertices"/> vertices.</summary>
    public string Describe(int targetVertices) => string.Create(CultureInfo.InvariantCulture,
        $"{targetVertices} vertices, depth at most {MaxDepth}, at most {MaxBreadth} children per vertex");
}
