namespace InfoSeek.Contracts;

/// <summary>No question passed the leak and coverage checks.</summary>
public sealed record VerbalizationFailed(Guid RunId, Guid TreeId, int Step, string Reason) : ITreeMessage;
