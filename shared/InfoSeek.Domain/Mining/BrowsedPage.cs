using InfoSeek.Contracts;

namespace InfoSeek.Domain.Mining;

/// <summary>What the Browser agent read from a page.</summary>
public sealed record BrowsedPage(string Title, string? TypeDescriptor, IReadOnlyList<ClaimCandidate> Claims);
