using System.ComponentModel.DataAnnotations;

namespace InfoSeek.Sampler;

/// <summary>Bound from the "Sampler" configuration section.</summary>
public sealed class SamplerOptions
{
    /// <summary>Where datasets are exported for download, one folder per run; files there are rewritten on every export.</summary>
    [Required]
    public string DatasetDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "infoseek-datasets");
}
