using k8s;
using k8s.Models;

namespace InfoSeek.Deployment.Tests;

/// <summary>One rendered kustomization (`kubectl kustomize DIR`), parsed strictly into typed objects.</summary>
public sealed class Manifests
{
    private static readonly Dictionary<string, Type> CustomTypes = new()
    {
        ["keda.sh/v1alpha1/ScaledObject"] = typeof(ScaledObject),
        ["keda.sh/v1alpha1/TriggerAuthentication"] = typeof(TriggerAuthentication),
    };

    public Manifests(string directory)
    {
        Directory = directory;
        Render = Tool.Kustomize(directory);
        if (Render.ExitCode != 0)
        {
            throw new InvalidOperationException($"kubectl kustomize {directory} failed: {Render.Describe()}");
        }

        Objects = Parse(Render.StandardOutput);
    }

    public string Directory { get; }

    public ToolResult Render { get; }

    public IReadOnlyList<IKubernetesObject<V1ObjectMeta>> Objects { get; }

    /// <summary>Strict: a field that the type does not have is an error, not silently dropped.</summary>
    public static List<IKubernetesObject<V1ObjectMeta>> Parse(string yaml) =>
        KubernetesYaml.LoadAllFromString(yaml, CustomTypes, strict: true).Cast<IKubernetesObject<V1ObjectMeta>>().ToList();

    public IEnumerable<T> All<T>() => Objects.OfType<T>();

    public T Named<T>(string name)
        where T : IKubernetesObject<V1ObjectMeta> =>
        All<T>().SingleOrDefault(o => o.Metadata.Name == name)
        ?? throw new Xunit.Sdk.XunitException($"{Directory} renders no {typeof(T).Name} named '{name}'.");

    /// <summary>Every workload's pod template, by the workload's name.</summary>
    public IEnumerable<(string Kind, string Name, V1PodTemplateSpec Template)> PodTemplates() =>
        All<V1Deployment>().Select(d => ("Deployment", d.Metadata.Name, d.Spec.Template))
            .Concat(All<V1StatefulSet>().Select(s => ("StatefulSet", s.Metadata.Name, s.Spec.Template)))
            .Concat(All<V1Job>().Select(j => ("Job", j.Metadata.Name, j.Spec.Template)));
}

/// <summary>k8s/ (the default, with CPU autoscalers) and k8s/keda (KEDA instead), rendered once for all tests.</summary>
public sealed class KubernetesRenders
{
    public Manifests Default { get; } = new("k8s");

    public Manifests Keda { get; } = new("k8s/keda");

    public IEnumerable<Manifests> Both => [Default, Keda];
}
