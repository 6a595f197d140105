namespace InfoSeek.Contracts;

/// <summary>What one of the Sampler's quality filters decided about a question.</summary>
/// <param name="Filter">The filter's name: "shortcut" or "verifiable".</param>
/// <param name="Passed">True when the question passed the filter.</param>
/// <param name="Detail">Why: for a failed filter, the rejection reason.</param>
public sealed record FilterOutcome(string Filter, bool Passed, string Detail);
