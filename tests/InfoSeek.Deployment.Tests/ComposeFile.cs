using YamlDotNet.RepresentationModel;

namespace InfoSeek.Deployment.Tests;

/// <summary>docker-compose.yml as docker-compose itself resolves it (anchors merged, variables at their defaults).</summary>
public sealed class ComposeFile
{
    public ComposeFile()
        : this(new Dictionary<string, string>())
    {
    }

    private ComposeFile(IDictionary<string, string> variables)
    {
        Validation = Tool.Compose(["config", "-q"], variables);
        Rendered = Tool.Compose(["config"], variables);
        if (Rendered.ExitCode != 0)
        {
            throw new InvalidOperationException($"docker-compose config failed: {Rendered.Describe()}");
        }

        var yaml = new YamlStream();
        yaml.Load(new StringReader(Rendered.StandardOutput));
        Root = (YamlMappingNode)yaml.Documents.Single().RootNode;
    }

    /// <summary>The file as resolved with these variables set in the environment.</summary>
    public static ComposeFile With(IDictionary<string, string> variables) => new(variables);

    public ToolResult Validation { get; }

    public ToolResult Rendered { get; }

    public YamlMappingNode Root { get; }

    public YamlMappingNode Services => Map(Root, "services");

    public YamlMappingNode Service(string name) =>
        Services.Children.TryGetValue(new YamlScalarNode(name), out var node)
            ? (YamlMappingNode)node
            : throw new Xunit.Sdk.XunitException($"docker-compose.yml has no service '{name}'.");

    public IReadOnlyList<string> ServiceNames => Services.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();

    public static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    public static YamlMappingNode? MapOrNull(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child as YamlMappingNode : null;

    public static YamlNode? NodeOrNull(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    public static string? Scalar(YamlMappingNode node, string key) => (NodeOrNull(node, key) as YamlScalarNode)?.Value;

    public static IReadOnlyList<string> Scalars(YamlNode? node) => node switch
    {
        YamlSequenceNode sequence => sequence.Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToList(),
        YamlScalarNode scalar => [scalar.Value ?? ""],
        _ => [],
    };

    /// <summary>A service's environment; `config` writes it as a mapping.</summary>
    public IReadOnlyDictionary<string, string> Environment(string service) =>
        MapOrNull(Service(service), "environment") is { } env
            ? env.Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => ((YamlScalarNode)kv.Value).Value ?? "")
            : new Dictionary<string, string>();
}
