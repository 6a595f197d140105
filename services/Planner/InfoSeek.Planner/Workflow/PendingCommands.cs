using System.Text.Json;
using InfoSeek.Contracts;
using InfoSeek.Domain;

namespace InfoSeek.Planner;

/// <summary>A tree's stored pending command, read back as the message to send again.</summary>
public static class PendingCommands
{
    public static ITreeMessage Message(Guid treeId, PendingCommand pending)
    {
        var type = typeof(StartRun).Assembly.GetType(pending.MessageType)
            ?? throw new InvalidOperationException($"Tree {treeId} waits on unknown message type {pending.MessageType}.");
        return (ITreeMessage)JsonSerializer.Deserialize(pending.Json, type, JsonDefaults.Options)!;
    }

    /// <summary>The command's name without its namespace, as failure reasons and the API show it.</summary>
    public static string Name(string messageType) => messageType[(messageType.LastIndexOf('.') + 1)..];

    /// <summary>The status of a tree that waits on this command.</summary>
    public static TreeStatus WaitingStatus(PendingCommand pending) => Name(pending.MessageType) switch
    {
        nameof(BrowsePage) => TreeStatus.Growing,
        nameof(BlurNode) => TreeStatus.Blurring,
        nameof(TreeCompleted) => TreeStatus.Verbalizing,
        var other => throw new InvalidOperationException($"A tree does not wait on {other}."),
    };
}
