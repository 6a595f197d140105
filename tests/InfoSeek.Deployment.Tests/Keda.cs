using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace InfoSeek.Deployment.Tests;

// The part of KEDA's CRDs (keda.sh/v1alpha1) that k8s/keda uses. Parsing is strict, so a field these
// types do not know (a typo, or a field this project has not used before) fails the tests.

public sealed class ScaledObject : IKubernetesObject<V1ObjectMeta>
{
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = "";

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "";

    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec")]
    public ScaledObjectSpec Spec { get; set; } = new();
}

public sealed class ScaledObjectSpec
{
    [JsonPropertyName("scaleTargetRef")]
    public ScaleTargetRef ScaleTargetRef { get; set; } = new();

    [JsonPropertyName("minReplicaCount")]
    public int? MinReplicaCount { get; set; }

    [JsonPropertyName("maxReplicaCount")]
    public int? MaxReplicaCount { get; set; }

    [JsonPropertyName("pollingInterval")]
    public int? PollingInterval { get; set; }

    [JsonPropertyName("cooldownPeriod")]
    public int? CooldownPeriod { get; set; }

    [JsonPropertyName("triggers")]
    public IList<ScaleTrigger> Triggers { get; set; } = [];
}

public sealed class ScaleTargetRef
{
    [JsonPropertyName("apiVersion")]
    public string? ApiVersion { get; set; }

    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    [JsonPropertyName("name")]
    public string Name { get; set; } = "";
}

public sealed class ScaleTrigger
{
    [JsonPropertyName("type")]
    public string Type { get; set; } = "";

    [JsonPropertyName("metadata")]
    public IDictionary<string, string> Metadata { get; set; } = new Dictionary<string, string>();

    [JsonPropertyName("authenticationRef")]
    public AuthenticationRef? AuthenticationRef { get; set; }
}

public sealed class AuthenticationRef
{
    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    [JsonPropertyName("kind")]
    public string? Kind { get; set; }
}

public sealed class TriggerAuthentication : IKubernetesObject<V1ObjectMeta>
{
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = "";

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "";

    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec")]
    public TriggerAuthenticationSpec Spec { get; set; } = new();
}

public sealed class TriggerAuthenticationSpec
{
    [JsonPropertyName("secretTargetRef")]
    public IList<SecretTargetRef> SecretTargetRef { get; set; } = [];
}

public sealed class SecretTargetRef
{
    [JsonPropertyName("parameter")]
    public string Parameter { get; set; } = "";

    [JsonPropertyName("name")]
    public string Name { get; set; } = "";

    [JsonPropertyName("key")]
    public string Key { get; set; } = "";
}
