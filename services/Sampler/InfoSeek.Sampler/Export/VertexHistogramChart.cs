using ScottPlot;

namespace InfoSeek.Sampler;

/// <summary>The vertices-per-tree histogram of report.md as a PNG bar chart.</summary>
public static class VertexHistogramChart
{
    public const string FileName = "vertex-histogram.png";

    public static byte[] Render(IReadOnlyList<KeyValuePair<int, int>> histogram, string runName)
    {
        var plot = new Plot();
        var positions = histogram.Select(h => (double)h.Key).ToArray();
        var bars = plot.Add.Bars(positions, histogram.Select(h => (double)h.Value).ToArray());
        foreach (var bar in bars.Bars)
        {
            bar.Label = ((int)bar.Value).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        bars.ValueLabelStyle.FontSize = 14;
        plot.Axes.Bottom.SetTicks(positions, histogram.Select(h => h.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.Margins(bottom: 0);
        plot.Title($"Vertices per accepted question ({runName})");
        plot.XLabel("vertices in the research tree");
        plot.YLabel("questions");
        return plot.GetImageBytes(640, 400, ImageFormat.Png);
    }
}
