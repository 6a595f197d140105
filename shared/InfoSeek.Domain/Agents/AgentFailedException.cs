namespace InfoSeek.Domain.Agents;

/// <summary>
/// A back end that could not make its decision (a model that fails after its corrective retry); the
/// message is the reason the tree or question records.
/// </summary>
public class AgentFailedException : Exception
{
    public AgentFailedException()
    {
    }

    public AgentFailedException(string message)
        : base(message)
    {
    }

    public AgentFailedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
