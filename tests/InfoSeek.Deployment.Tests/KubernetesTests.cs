using k8s.Models;
using InfoSeek.Corpus;
using InfoSeek.TestSupport;

namespace InfoSeek.Deployment.Tests;

public sealed class KubernetesTests(KubernetesRenders k8s) : IClassFixture<KubernetesRenders>
{
    private static readonly string[] Services = ["planner", "browser", "blurring", "verbalizer", "sampler", "gateway"];
    private static readonly string[] Workers = ["browser", "blurring", "verbalizer", "sampler"];

    [Fact]
    public void Both_kustomizations_render_and_every_document_parses_strictly()
    {
        foreach (var render in k8s.Both)
        {
            Assert.True(render.Objects.Count >= 25, $"{render.Directory} renders only {render.Objects.Count} objects");
            Assert.All(render.Objects, o => Assert.False(string.IsNullOrEmpty(o.Metadata?.Name), $"a {o.Kind} without a name in {render.Directory}"));
            Assert.Single(render.All<V1Namespace>(), n => n.Metadata.Name == "infoseek");
            Assert.All(render.Objects.Where(o => o is not V1Namespace), o => Assert.Equal("infoseek", o.Metadata.NamespaceProperty));
            Assert.All(render.Objects, o => Assert.Equal("infoseek", o.Metadata.Labels?["app.kubernetes.io/part-of"]));
        }
    }

    [Fact]
    public void Strict_parsing_rejects_a_misspelt_field()
    {
        const string misspelt = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: x
            spec:
              template:
                spec:
                  containers:
                    - name: x
                      readinesProbe: {}
            """;
        Assert.ThrowsAny<Exception>(() => Manifests.Parse(misspelt));
    }

    [Fact]
    public void Every_service_has_a_Deployment_and_a_Service_and_the_stateful_parts_are_StatefulSets()
    {
        foreach (var render in k8s.Both)
        {
            Assert.Equal(Services.Order(StringComparer.Ordinal), render.All<V1Deployment>().Select(d => d.Metadata.Name).Order(StringComparer.Ordinal));
            Assert.Equal(new[] { "rabbitmq", "sqlserver" }, render.All<V1StatefulSet>().Select(s => s.Metadata.Name).Order(StringComparer.Ordinal));
            foreach (var name in Services.Append("rabbitmq").Append("sqlserver"))
            {
                render.Named<V1Service>(name);
            }

            foreach (var set in render.All<V1StatefulSet>())
            {
                var governing = render.Named<V1Service>(set.Spec.ServiceName);
                Assert.Equal("None", governing.Spec.ClusterIP);
                Assert.NotEmpty(set.Spec.VolumeClaimTemplates);
                Assert.All(set.Spec.Template.Spec.Containers, c => Assert.NotNull(c.ReadinessProbe));
                Assert.All(set.Spec.Template.Spec.Containers, c => Assert.NotNull(c.LivenessProbe));
            }
        }
    }

    [Fact]
    public void Every_service_container_is_probed_on_the_ready_and_live_endpoints_of_its_http_port()
    {
        foreach (var deployment in k8s.Default.All<V1Deployment>())
        {
            var container = Assert.Single(deployment.Spec.Template.Spec.Containers);
            var port = Assert.Single(container.Ports);
            Assert.Equal(("http", 8080), (port.Name, port.ContainerPort));
            Assert.Equal("/health/ready", container.ReadinessProbe?.HttpGet?.Path);
            Assert.Equal("/health/live", container.LivenessProbe?.HttpGet?.Path);
            Assert.Equal("http", container.ReadinessProbe!.HttpGet.Port.Value);
            Assert.Equal("http", container.LivenessProbe!.HttpGet.Port.Value);
        }
    }

    [Fact]
    public void Every_container_has_cpu_and_memory_requests_and_limits()
    {
        foreach (var render in k8s.Both)
        {
            foreach (var (kind, name, template) in render.PodTemplates())
            {
                foreach (var container in template.Spec.Containers.Concat(template.Spec.InitContainers ?? []))
                {
                    foreach (var resource in new[] { "cpu", "memory" })
                    {
                        Assert.True(container.Resources?.Requests?.ContainsKey(resource) == true, $"{kind} {name}/{container.Name}: no {resource} request");
                        Assert.True(container.Resources?.Limits?.ContainsKey(resource) == true, $"{kind} {name}/{container.Name}: no {resource} limit");
                        Assert.True(
                            container.Resources.Requests[resource].ToDecimal() <= container.Resources.Limits[resource].ToDecimal(),
                            $"{kind} {name}/{container.Name}: {resource} request above its limit");
                    }
                }
            }
        }
    }

    [Fact]
    public void Every_pod_runs_as_a_non_root_user_without_privilege_escalation()
    {
        foreach (var (kind, name, template) in k8s.Default.PodTemplates())
        {
            var pod = template.Spec.SecurityContext;
            Assert.True(pod?.RunAsNonRoot == true, $"{kind} {name}: runAsNonRoot is not set");
            Assert.True(pod!.RunAsUser is > 0, $"{kind} {name}: runAsUser must be a non-zero uid");
            Assert.Equal("RuntimeDefault", pod.SeccompProfile?.Type);
            Assert.False(template.Spec.AutomountServiceAccountToken ?? true, $"{kind} {name} does not need the API token");
            foreach (var container in template.Spec.Containers.Concat(template.Spec.InitContainers ?? []))
            {
                Assert.True(container.SecurityContext?.AllowPrivilegeEscalation == false, $"{kind} {name}/{container.Name} allows privilege escalation");
                Assert.Contains("ALL", container.SecurityContext!.Capabilities?.Drop ?? []);
                Assert.NotEqual(0, container.SecurityContext.RunAsUser ?? pod.RunAsUser);
            }
        }

        // The services run as the images' "app" user (USER $APP_UID = 1654) on a read-only root file system.
        foreach (var deployment in k8s.Default.All<V1Deployment>())
        {
            Assert.Equal(1654, deployment.Spec.Template.Spec.SecurityContext.RunAsUser);
            Assert.Equal(1654, deployment.Spec.Template.Spec.SecurityContext.FsGroup);
            Assert.True(deployment.Spec.Template.Spec.Containers[0].SecurityContext.ReadOnlyRootFilesystem);
            Assert.Contains(deployment.Spec.Template.Spec.Containers[0].VolumeMounts, m => m.MountPath == "/tmp");
        }
    }

    [Fact]
    public void Services_select_their_workload_pods_and_target_a_declared_port()
    {
        foreach (var render in k8s.Both)
        {
            var templates = render.PodTemplates().ToList();
            foreach (var service in render.All<V1Service>())
            {
                var selected = templates.Where(t => service.Spec.Selector.All(s => t.Template.Metadata.Labels.TryGetValue(s.Key, out var v) && v == s.Value)).ToList();
                var workload = Assert.Single(selected);
                var ports = workload.Template.Spec.Containers.SelectMany(c => c.Ports ?? []).ToList();
                foreach (var port in service.Spec.Ports)
                {
                    Assert.Contains(ports, p => p.Name == port.TargetPort.Value || p.ContainerPort.ToString(System.Globalization.CultureInfo.InvariantCulture) == port.TargetPort.Value);
                }
            }

            foreach (var deployment in render.All<V1Deployment>())
            {
                Assert.All(deployment.Spec.Selector.MatchLabels, l => Assert.Equal(l.Value, deployment.Spec.Template.Metadata.Labels[l.Key]));
            }
        }
    }

    [Fact]
    public void Every_referenced_ConfigMap_Secret_key_and_volume_claim_exists()
    {
        foreach (var render in k8s.Both)
        {
            var configMaps = render.All<V1ConfigMap>().ToDictionary(c => c.Metadata.Name);
            var secrets = render.All<V1Secret>().ToDictionary(s => s.Metadata.Name);
            var claims = render.All<V1PersistentVolumeClaim>().Select(c => c.Metadata.Name).ToHashSet();
            foreach (var (kind, name, template) in render.PodTemplates())
            {
                var volumes = (template.Spec.Volumes ?? []).Select(v => v.Name)
                    .Concat(render.All<V1StatefulSet>().Where(s => kind == "StatefulSet" && s.Metadata.Name == name).SelectMany(s => s.Spec.VolumeClaimTemplates ?? []).Select(c => c.Metadata.Name))
                    .ToHashSet();
                foreach (var container in template.Spec.Containers.Concat(template.Spec.InitContainers ?? []))
                {
                    foreach (var source in container.EnvFrom ?? [])
                    {
                        Assert.True(source.ConfigMapRef is null || configMaps.ContainsKey(source.ConfigMapRef.Name), $"{kind} {name}: no ConfigMap {source.ConfigMapRef?.Name}");
                        Assert.True(source.SecretRef is null || secrets.ContainsKey(source.SecretRef.Name), $"{kind} {name}: no Secret {source.SecretRef?.Name}");
                    }

                    foreach (var variable in container.Env ?? [])
                    {
                        if (variable.ValueFrom?.SecretKeyRef is { } secretRef)
                        {
                            Assert.True(secrets.TryGetValue(secretRef.Name, out var secret) && secret.StringData.ContainsKey(secretRef.Key), $"{kind} {name}: no key {secretRef.Key} in Secret {secretRef.Name}");
                        }

                        if (variable.ValueFrom?.ConfigMapKeyRef is { } configRef)
                        {
                            Assert.True(configMaps.TryGetValue(configRef.Name, out var map) && map.Data.ContainsKey(configRef.Key), $"{kind} {name}: no key {configRef.Key} in ConfigMap {configRef.Name}");
                        }
                    }

                    foreach (var mount in container.VolumeMounts ?? [])
                    {
                        Assert.True(volumes.Contains(mount.Name), $"{kind} {name}/{container.Name} mounts an undeclared volume {mount.Name}");
                    }
                }

                foreach (var volume in template.Spec.Volumes ?? [])
                {
                    Assert.True(volume.PersistentVolumeClaim is null || claims.Contains(volume.PersistentVolumeClaim.ClaimName), $"{kind} {name}: no PersistentVolumeClaim {volume.PersistentVolumeClaim?.ClaimName}");
                }
            }
        }
    }

    [Fact]
    public void The_configuration_points_the_services_at_each_other()
    {
        var config = k8s.Default.Named<V1ConfigMap>("infoseek-config").Data;
        Assert.Equal("RabbitMq", config["Bus__Transport"]);
        var rabbit = k8s.Default.Named<V1Service>(config["Bus__Host"]);
        Assert.Contains(rabbit.Spec.Ports, p => p.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) == config["Bus__Port"]);
        Assert.Equal("SqlServer", config["Storage__Provider"]);

        var corpusApi = new Uri(config["CorpusApi__BaseAddress"]);
        Assert.Contains(k8s.Default.Named<V1Service>(corpusApi.Host).Spec.Ports, p => p.Port == corpusApi.Port);
        Assert.Equal("browser", corpusApi.Host);

        var browser = k8s.Default.Named<V1Deployment>("browser").Spec.Template.Spec;
        var mounts = browser.Containers[0].VolumeMounts;
        var corpus = Assert.Single(mounts, m => config["Browser__CorpusPath"].StartsWith(m.MountPath + "/", StringComparison.Ordinal));
        Assert.True(corpus.ReadOnlyProperty, "the corpus is mounted read-only");
        Assert.Equal("corpus", browser.Volumes.Single(v => v.Name == corpus.Name).PersistentVolumeClaim.ClaimName);
        var cache = Assert.Single(mounts, m => m.MountPath == config["Browser__IndexCacheDirectory"]);
        Assert.Equal("index-cache", browser.Volumes.Single(v => v.Name == cache.Name).PersistentVolumeClaim.ClaimName);

        // Shared by every Browser replica, on any node.
        Assert.All(k8s.Default.All<V1PersistentVolumeClaim>(), c => Assert.Contains("ReadWriteMany", c.Spec.AccessModes));
    }

    [Fact]
    public void The_secret_holds_credentials_that_agree_with_each_other()
    {
        var secret = k8s.Default.Named<V1Secret>("infoseek-secrets").StringData;
        var amqp = new Uri(secret["rabbitmq-amqp-uri"]);
        Assert.Equal($"{secret["rabbitmq-username"]}:{secret["rabbitmq-password"]}", Uri.UnescapeDataString(amqp.UserInfo));
        Assert.Equal(("amqp", 5672), (amqp.Scheme, amqp.Port));
        Assert.StartsWith("rabbitmq.", amqp.Host, StringComparison.Ordinal);

        var connection = secret["sql-connection-string"].Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
        Assert.Equal(("sqlserver", "infoseek", "sa"), (connection["Server"], connection["Database"], connection["User Id"]));
        Assert.Equal(secret["mssql-sa-password"], connection["Password"]);

        var planner = k8s.Default.Named<V1Deployment>("planner").Spec.Template.Spec;
        Assert.Equal("sql-connection-string", planner.Containers[0].Env.Single(e => e.Name == "Storage__ConnectionString").ValueFrom.SecretKeyRef.Key);
        var init = Assert.Single(planner.InitContainers);
        Assert.Contains("CREATE DATABASE [infoseek]", string.Join(' ', init.Args), StringComparison.Ordinal);
        Assert.Contains("-S sqlserver", string.Join(' ', init.Args), StringComparison.Ordinal);

        // Only the planner (which writes the state) and the sampler (which exports datasets from it) see the database credentials.
        var sampler = k8s.Default.Named<V1Deployment>("sampler").Spec.Template.Spec;
        Assert.Equal("sql-connection-string", sampler.Containers[0].Env.Single(e => e.Name == "Storage__ConnectionString").ValueFrom.SecretKeyRef.Key);
        foreach (var deployment in k8s.Default.All<V1Deployment>().Where(d => d.Metadata.Name is not ("planner" or "sampler")))
        {
            Assert.DoesNotContain(deployment.Spec.Template.Spec.Containers[0].Env ?? [], e => e.ValueFrom?.SecretKeyRef?.Key is "sql-connection-string" or "mssql-sa-password");
        }
    }

    [Fact]
    public void The_gateway_takes_its_API_key_from_the_Secret_and_routes_to_the_cluster_services()
    {
        var secret = k8s.Default.Named<V1Secret>("infoseek-secrets").StringData;
        var gateway = k8s.Default.Named<V1Deployment>("gateway").Spec.Template.Spec.Containers[0];
        var key = gateway.Env.Single(e => e.Name == "Gateway__ApiKeys__default").ValueFrom.SecretKeyRef;
        Assert.Equal("infoseek-secrets", key.Name);
        Assert.True(secret[key.Key].Length >= 16, "the gateway refuses keys shorter than 16 characters");

        foreach (var destination in GatewaySettings.Destinations())
        {
            Assert.Contains(k8s.Default.Named<V1Service>(destination.Host).Spec.Ports, p => p.Port == destination.Port);
        }

        Assert.StartsWith("/tmp/", k8s.Default.Named<V1ConfigMap>("infoseek-config").Data["Sampler__DatasetDirectory"], StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_gateway_takes_traffic_from_anywhere_and_the_planner_and_sampler_apis_answer_only_the_gateway()
    {
        var policies = k8s.Default.All<V1NetworkPolicy>().ToList();
        var deny = policies.Single(p => p.Metadata.Name == "default-deny-ingress");
        Assert.Empty(deny.Spec.PodSelector.MatchLabels ?? new Dictionary<string, string>());
        Assert.Null(deny.Spec.PodSelector.MatchExpressions);
        Assert.Equal(["Ingress"], deny.Spec.PolicyTypes);
        Assert.Null(deny.Spec.Ingress);

        // Which policies select a workload's pods, and from whom their rules admit traffic.
        IEnumerable<V1NetworkPolicy> Selecting(string name) => policies.Where(p => Selects(p.Spec.PodSelector, name));
        var open = policies.Where(p => p.Spec.Ingress?.Any(rule => rule.FromProperty is null) == true).ToList();
        Assert.Equal(["gateway"], k8s.Default.All<V1Deployment>().Select(d => d.Metadata.Name).Where(name => open.Any(p => Selects(p.Spec.PodSelector, name))));
        foreach (var api in new[] { "planner", "sampler" })
        {
            var sources = Selecting(api).SelectMany(p => p.Spec.Ingress ?? []).SelectMany(rule => rule.FromProperty ?? []).ToList();
            Assert.NotEmpty(sources);
            Assert.All(sources, peer => Assert.True(peer.NamespaceSelector is null && Selects(peer.PodSelector, "gateway") && !Selects(peer.PodSelector, "blurring"), api));
        }

        // Every workload that talks to another is let through: the corpus API, the broker and the store.
        foreach (var (target, clients) in new[] { ("browser", new[] { "planner", "blurring", "verbalizer", "sampler" }), ("rabbitmq", new[] { "planner", "browser", "blurring", "verbalizer", "sampler" }), ("sqlserver", new[] { "planner", "sampler" }) })
        {
            var sources = Selecting(target).SelectMany(p => p.Spec.Ingress ?? []).SelectMany(rule => rule.FromProperty ?? []).ToList();
            Assert.All(clients, client => Assert.Contains(sources, peer => peer.PodSelector is { } selector && Selects(selector, client)));
        }
    }

    /// <summary>Whether a pod selector picks the pods labelled app.kubernetes.io/name=<paramref name="name"/>.</summary>
    private static bool Selects(V1LabelSelector selector, string name) =>
        (selector.MatchLabels ?? new Dictionary<string, string>()).All(l => l.Key == "app.kubernetes.io/name" && l.Value == name)
        && (selector.MatchExpressions ?? []).All(e => e.Key == "app.kubernetes.io/name" && e.OperatorProperty == "In" && e.Values.Contains(name));

    [Fact]
    public void The_deployments_run_the_images_that_compose_builds()
    {
        foreach (var deployment in k8s.Default.All<V1Deployment>())
        {
            Assert.Equal($"infoseek/{deployment.Metadata.Name}:latest", deployment.Spec.Template.Spec.Containers[0].Image);
            Assert.True(File.Exists(Path.Combine(Repository.Root, "services", Capitalized(deployment.Metadata.Name), "Dockerfile")));
        }
    }

    [Fact]
    public void Every_worker_has_a_CPU_autoscaler_in_the_default_kustomization()
    {
        var autoscalers = k8s.Default.All<V2HorizontalPodAutoscaler>().ToList();
        Assert.Equal(Workers.Order(StringComparer.Ordinal), autoscalers.Select(h => h.Spec.ScaleTargetRef.Name).Order(StringComparer.Ordinal));
        foreach (var hpa in autoscalers)
        {
            Assert.Equal(("apps/v1", "Deployment"), (hpa.Spec.ScaleTargetRef.ApiVersion, hpa.Spec.ScaleTargetRef.Kind));
            var deployment = k8s.Default.Named<V1Deployment>(hpa.Spec.ScaleTargetRef.Name);
            Assert.Null(deployment.Spec.Replicas);
            Assert.InRange(hpa.Spec.MinReplicas ?? 1, 1, hpa.Spec.MaxReplicas);
            Assert.True(hpa.Spec.MaxReplicas > 1);
            var metric = Assert.Single(hpa.Spec.Metrics);
            Assert.Equal(("cpu", "Utilization"), (metric.Resource.Name, metric.Resource.Target.Type));
        }

        Assert.Empty(k8s.Default.All<ScaledObject>());
    }

    [Fact]
    public void The_KEDA_overlay_scales_every_worker_on_its_own_queue_instead_of_CPU()
    {
        Assert.Empty(k8s.Keda.All<V2HorizontalPodAutoscaler>());
        var scaled = k8s.Keda.All<ScaledObject>().ToList();
        Assert.Equal(Workers.Order(StringComparer.Ordinal), scaled.Select(s => s.Spec.ScaleTargetRef.Name).Order(StringComparer.Ordinal));
        foreach (var scaledObject in scaled)
        {
            var target = scaledObject.Spec.ScaleTargetRef;
            Assert.Equal("Deployment", target.Kind ?? "Deployment");
            k8s.Keda.Named<V1Deployment>(target.Name);
            Assert.InRange(scaledObject.Spec.MinReplicaCount ?? 0, 1, scaledObject.Spec.MaxReplicaCount ?? 100);

            var trigger = Assert.Single(scaledObject.Spec.Triggers);
            Assert.Equal("rabbitmq", trigger.Type);
            Assert.Equal("QueueLength", trigger.Metadata["mode"]);
            Assert.True(int.Parse(trigger.Metadata["value"], System.Globalization.CultureInfo.InvariantCulture) > 0);
            Assert.False(trigger.Metadata.ContainsKey("host"), "the broker's URI (with its password) belongs in the TriggerAuthentication");
            var queue = trigger.Metadata["queueName"];
            Assert.Contains(queue, QueueNames.All);
            Assert.StartsWith(target.Name + "-", queue, StringComparison.Ordinal);

            var authentication = k8s.Keda.Named<TriggerAuthentication>(trigger.AuthenticationRef!.Name);
            var host = Assert.Single(authentication.Spec.SecretTargetRef, r => r.Parameter == "host");
            Assert.True(k8s.Keda.Named<V1Secret>(host.Name).StringData.ContainsKey(host.Key), $"no key {host.Key} in Secret {host.Name}");
        }
    }

    [Fact]
    public void The_queues_KEDA_watches_are_the_ones_the_workers_consume()
    {
        Assert.Contains("planner-start-run", QueueNames.All);
        Assert.Contains("planner-page-browsed", QueueNames.All);
        var watched = k8s.Keda.All<ScaledObject>().ToDictionary(s => s.Spec.ScaleTargetRef.Name, s => s.Spec.Triggers[0].Metadata["queueName"]);
        Assert.Equal("browser-browse-page", watched["browser"]);
        Assert.Equal("blurring-blur-node", watched["blurring"]);
        Assert.Equal("verbalizer-tree-completed", watched["verbalizer"]);
        Assert.Equal("sampler-question-verbalized", watched["sampler"]);
        foreach (var worker in Workers)
        {
            // One consumer per worker: its queue is the whole backlog of that worker.
            Assert.Equal([watched[worker]], QueueNames.All.Where(q => q.StartsWith(worker + "-", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void No_Deployment_is_scaled_by_both_an_HPA_and_KEDA()
    {
        foreach (var render in k8s.Both)
        {
            var byHpa = render.All<V2HorizontalPodAutoscaler>().Select(h => h.Spec.ScaleTargetRef.Name);
            var byKeda = render.All<ScaledObject>().Select(s => s.Spec.ScaleTargetRef.Name);
            Assert.Empty(byHpa.Intersect(byKeda));
        }
    }

    [Fact]
    public void The_corpus_loader_mounts_the_volume_the_browser_reads()
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, "k8s", "tools", "corpus-loader.yaml"));
        var pod = Assert.IsType<V1Pod>(Assert.Single(Manifests.Parse(text)));
        Assert.Equal("infoseek", pod.Metadata.NamespaceProperty);
        var claim = Assert.Single(pod.Spec.Volumes).PersistentVolumeClaim.ClaimName;
        k8s.Default.Named<V1PersistentVolumeClaim>(claim);
        Assert.Equal("/corpus", Assert.Single(pod.Spec.Containers[0].VolumeMounts).MountPath);
        Assert.Equal(1654, pod.Spec.SecurityContext.RunAsUser);
    }

    [Fact]
    public void The_ingest_Job_builds_the_index_that_every_browser_replica_mounts_read_only()
    {
        foreach (var render in k8s.Both)
        {
            var config = render.Named<V1ConfigMap>("infoseek-config").Data;
            var indexDirectory = config["Browser__IndexDirectory"];
            var job = render.Named<V1Job>("ingest").Spec.Template.Spec;
            var ingest = Assert.Single(job.Containers);
            Assert.Equal("infoseek/browser:latest", ingest.Image);
            Assert.Equal(["ingest"], ingest.Args);
            Assert.Null(ingest.Command);
            Assert.Equal("Never", job.RestartPolicy);
            Assert.Contains(ingest.EnvFrom, e => e.ConfigMapRef?.Name == "infoseek-config");

            // The Job writes the index directory and reads the corpus, at the paths the ConfigMap gives both of them.
            var (jobIndexMount, jobIndexClaim) = MountHolding(job, ingest, indexDirectory);
            Assert.NotEqual(true, jobIndexMount.ReadOnlyProperty);
            var (jobCorpusMount, jobCorpusClaim) = MountHolding(job, ingest, config["Browser__CorpusPath"]);
            Assert.True(jobCorpusMount.ReadOnlyProperty, "the ingest Job mounts the corpus read-only");

            // Every browser replica mounts the same claims read-only at the same paths, and serves that index.
            var browser = render.Named<V1Deployment>("browser").Spec.Template.Spec;
            var (browserIndexMount, browserIndexClaim) = MountHolding(browser, browser.Containers[0], indexDirectory);
            Assert.Equal((jobIndexMount.MountPath, jobIndexClaim), (browserIndexMount.MountPath, browserIndexClaim));
            Assert.True(browserIndexMount.ReadOnlyProperty, "browsers mount the index read-only");
            Assert.True(browser.Volumes.Single(v => v.Name == browserIndexMount.Name).PersistentVolumeClaim.ReadOnlyProperty, "the index claim is attached read-only to the browsers");
            Assert.Equal(jobCorpusClaim, MountHolding(browser, browser.Containers[0], config["Browser__CorpusPath"]).Claim);
            Assert.Contains("ReadWriteMany", render.Named<V1PersistentVolumeClaim>(jobIndexClaim).Spec.AccessModes);

            // A browser starts only once the index is complete (the builder writes report.json last).
            var wait = Assert.Single(browser.InitContainers);
            Assert.Contains($"$Browser__IndexDirectory/{CorpusIndexBuilder.ReportFileName}", string.Join(' ', wait.Args), StringComparison.Ordinal);
            Assert.Contains(wait.EnvFrom, e => e.ConfigMapRef?.Name == "infoseek-config");
            Assert.True(MountHolding(browser, wait, indexDirectory).Mount.ReadOnlyProperty);
        }
    }

    /// <summary>The container's mount whose path holds <paramref name="path"/>, and the claim behind it.</summary>
    private static (V1VolumeMount Mount, string Claim) MountHolding(V1PodSpec pod, V1Container container, string path)
    {
        var mount = Assert.Single(container.VolumeMounts, m => path.StartsWith(m.MountPath + "/", StringComparison.Ordinal));
        var claim = pod.Volumes.Single(v => v.Name == mount.Name).PersistentVolumeClaim;
        Assert.NotNull(claim);
        return (mount, claim.ClaimName);
    }

    private static string Capitalized(string name) => string.Concat(char.ToUpperInvariant(name[0]).ToString(), name[1..]);
}
