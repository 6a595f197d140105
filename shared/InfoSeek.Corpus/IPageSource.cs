namespace InfoSeek.Corpus;

/// <summary>A streaming reader of corpus pages. Each call to <see cref="Read"/> starts a new pass over the source.</summary>
public interface IPageSource
{
    /// <summary>Pages (and redirect records) in source order. Malformed records are reported, not thrown.</summary>
    IEnumerable<RawPage> Read(CancellationToken ct);

    /// <summary>Size of the source in bytes (0 when unknown), for progress reporting.</summary>
    long TotalBytes => 0;

    /// <summary>Source bytes consumed by the current pass so far, for progress reporting.</summary>
    long BytesRead => 0;
}
