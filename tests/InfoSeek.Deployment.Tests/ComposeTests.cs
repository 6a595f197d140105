using InfoSeek.TestSupport;
using YamlDotNet.RepresentationModel;
using static InfoSeek.Deployment.Tests.ComposeFile;

namespace InfoSeek.Deployment.Tests;

public sealed class ComposeTests(ComposeFile compose) : IClassFixture<ComposeFile>
{
    private static readonly string[] AppServices = ["planner", "browser", "blurring", "verbalizer", "sampler", "gateway"];
    private static readonly string[] Workers = ["planner", "browser", "blurring", "verbalizer", "sampler"];

    [Fact]
    public void Docker_compose_validates_the_file_quietly()
    {
        Assert.True(compose.Validation.ExitCode == 0, compose.Validation.Describe());
        Assert.Equal("", compose.Validation.StandardOutput.Trim());
    }

    [Fact]
    public void The_file_has_the_broker_the_database_and_every_service()
    {
        Assert.Equal(
            new[] { "blurring", "browser", "gateway", "planner", "rabbitmq", "sampler", "sqlserver", "sqlserver-init", "verbalizer" },
            compose.ServiceNames.Order(StringComparer.Ordinal));
        Assert.Equal("rabbitmq:3.13-management", Scalar(compose.Service("rabbitmq"), "image"));
        Assert.Equal("mcr.microsoft.com/mssql/server:2022-latest", Scalar(compose.Service("sqlserver"), "image"));
    }

    [Theory]
    [InlineData("planner", "Planner")]
    [InlineData("browser", "Browser")]
    [InlineData("blurring", "Blurring")]
    [InlineData("verbalizer", "Verbalizer")]
    [InlineData("sampler", "Sampler")]
    [InlineData("gateway", "Gateway")]
    public void Each_service_is_built_from_the_repository_root_with_its_own_Dockerfile(string service, string folder)
    {
        var build = Map(compose.Service(service), "build");
        Assert.Equal(Path.GetFullPath(Repository.Root).TrimEnd('/'), Path.GetFullPath(Scalar(build, "context")!).TrimEnd('/'));
        Assert.Equal($"services/{folder}/Dockerfile", Scalar(build, "dockerfile"));
        Assert.True(File.Exists(Path.Combine(Repository.Root, "services", folder, "Dockerfile")), $"services/{folder}/Dockerfile is missing");
        Assert.Equal($"infoseek/{service}:latest", Scalar(compose.Service(service), "image"));
    }

    [Fact]
    public void Every_service_has_a_health_check_and_the_apps_check_their_ready_endpoint()
    {
        foreach (var service in AppServices)
        {
            var healthcheck = MapOrNull(compose.Service(service), "healthcheck");
            Assert.True(healthcheck is not null, $"{service} has no healthcheck");
            var test = Scalars(NodeOrNull(healthcheck!, "test"));
            Assert.Equal("CMD", test[0]);
            Assert.Equal("curl", test[1]);
            Assert.Contains("-f", test[2], StringComparison.Ordinal);
            Assert.Equal("http://localhost:8080/health/ready", test[^1]);
        }

        Assert.Equal(["CMD", "rabbitmq-diagnostics", "-q", "ping"], Scalars(NodeOrNull(Map(compose.Service("rabbitmq"), "healthcheck"), "test")));
        var sqlCheck = string.Join(' ', Scalars(NodeOrNull(Map(compose.Service("sqlserver"), "healthcheck"), "test")));
        Assert.Contains("sqlcmd", sqlCheck, StringComparison.Ordinal);
        Assert.Contains("SELECT 1", sqlCheck, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_dependency_waits_for_a_healthy_or_completed_service()
    {
        var dependencies = new Dictionary<string, Dictionary<string, string>>();
        foreach (var service in compose.ServiceNames)
        {
            var dependsOn = NodeOrNull(compose.Service(service), "depends_on");
            Assert.True(dependsOn is null or YamlMappingNode, $"{service}: depends_on must name a condition for each dependency");
            dependencies[service] = ((YamlMappingNode?)dependsOn)?.Children.ToDictionary(
                kv => ((YamlScalarNode)kv.Key).Value!,
                kv => Scalar((YamlMappingNode)kv.Value, "condition") ?? "") ?? [];
        }

        foreach (var (service, deps) in dependencies)
        {
            foreach (var (dependency, condition) in deps)
            {
                Assert.Contains(dependency, compose.ServiceNames);
                var expected = NodeOrNull(compose.Service(dependency), "healthcheck") is null ? "service_completed_successfully" : "service_healthy";
                Assert.True(expected == condition, $"{service} depends on {dependency} with '{condition}', expected '{expected}'");
            }
        }

        foreach (var worker in Workers)
        {
            Assert.Equal("service_healthy", dependencies[worker]["rabbitmq"]);
        }

        Assert.Equal("service_completed_successfully", dependencies["planner"]["sqlserver-init"]);
        Assert.Equal("service_healthy", dependencies["sqlserver-init"]["sqlserver"]);
        Assert.Equal("service_healthy", dependencies["blurring"]["browser"]);
        Assert.Equal("service_healthy", dependencies["sampler"]["browser"]);
        Assert.Equal("service_healthy", dependencies["sampler"]["planner"]);
        Assert.Equal("service_healthy", dependencies["gateway"]["planner"]);
        Assert.Equal("service_healthy", dependencies["gateway"]["browser"]);
        Assert.Equal("service_healthy", dependencies["gateway"]["sampler"]);
    }

    [Fact]
    public void Only_the_gateway_and_the_RabbitMQ_management_UI_publish_host_ports_so_workers_can_scale()
    {
        var published = compose.ServiceNames
            .Where(s => NodeOrNull(compose.Service(s), "ports") is not null)
            .ToDictionary(s => s, s => Ports(compose.Service(s)));
        Assert.Equal(new[] { "gateway", "rabbitmq" }, published.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([(8080, 8080)], published["gateway"]);
        Assert.Equal([(15672, 15672)], published["rabbitmq"]);
        foreach (var service in compose.ServiceNames)
        {
            Assert.Null(NodeOrNull(compose.Service(service), "container_name"));
        }
    }

    [Fact]
    public void The_services_reach_RabbitMQ_as_the_user_the_broker_creates()
    {
        var broker = compose.Environment("rabbitmq");
        foreach (var worker in Workers)
        {
            var env = compose.Environment(worker);
            Assert.Equal("RabbitMq", env["Bus__Transport"]);
            Assert.Equal("rabbitmq", env["Bus__Host"]);
            Assert.Equal("5672", env["Bus__Port"]);
            Assert.Equal(broker["RABBITMQ_DEFAULT_USER"], env["Bus__Username"]);
            Assert.Equal(broker["RABBITMQ_DEFAULT_PASS"], env["Bus__Password"]);
            Assert.NotEqual("guest", env["Bus__Username"]);
            Assert.Equal(worker, env["OTEL_SERVICE_NAME"]);
        }
    }

    [Fact]
    public void The_planner_uses_SQL_Server_in_the_database_that_the_init_service_creates()
    {
        var env = compose.Environment("planner");
        Assert.Equal("SqlServer", env["Storage__Provider"]);
        var connection = ParseConnectionString(env["Storage__ConnectionString"]);
        Assert.Equal("sqlserver", connection["Server"]);
        Assert.Equal("infoseek", connection["Database"]);
        Assert.Equal("sa", connection["User Id"]);
        Assert.Equal(compose.Environment("sqlserver")["MSSQL_SA_PASSWORD"], connection["Password"]);
        Assert.Equal("true", connection["TrustServerCertificate"]);

        var init = string.Join(' ', Scalars(NodeOrNull(compose.Service("sqlserver-init"), "entrypoint")));
        Assert.Contains("-S sqlserver", init, StringComparison.Ordinal);
        Assert.Contains("CREATE DATABASE [infoseek]", init, StringComparison.Ordinal);
        Assert.Contains("IF DB_ID(N'infoseek') IS NULL", init, StringComparison.Ordinal);
        Assert.Equal(compose.Environment("sqlserver")["MSSQL_SA_PASSWORD"], compose.Environment("sqlserver-init")["MSSQL_SA_PASSWORD"]);
        Assert.Contains(new YamlScalarNode("sqlserver-data"), Map(compose.Root, "volumes").Children.Keys);
    }

    [Fact]
    public void The_sampler_exports_datasets_from_the_database_the_planner_writes()
    {
        var planner = compose.Environment("planner");
        var sampler = compose.Environment("sampler");
        Assert.Equal(planner["Storage__Provider"], sampler["Storage__Provider"]);
        Assert.Equal(planner["Storage__ConnectionString"], sampler["Storage__ConnectionString"]);
        Assert.StartsWith("/tmp/", sampler["Sampler__DatasetDirectory"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_gateway_routes_to_the_compose_services_and_has_an_API_key()
    {
        foreach (var destination in GatewaySettings.Destinations())
        {
            Assert.Contains(destination.Host, compose.ServiceNames);
            Assert.Equal(8080, destination.Port);
        }

        Assert.True(compose.Environment("gateway")["Gateway__ApiKeys__default"].Length >= 16, "the gateway's key is too short for it to start");
    }

    [Fact]
    public void The_browser_reads_the_corpus_read_only_and_keeps_its_index_in_a_named_volume()
    {
        var env = compose.Environment("browser");
        var mounts = Volumes(compose.Service("browser"));
        var corpus = Assert.Single(mounts, m => m.Target == "/corpus");
        Assert.True(corpus.ReadOnly, "the corpus must be mounted read-only");
        // By default the corpus shipped in the repository: a fresh clone needs nothing beside it.
        Assert.Equal(Path.GetFullPath(Path.Combine(Repository.Root, "data", "corpus")), Path.GetFullPath(corpus.Source));
        Assert.StartsWith("/corpus/", env["Browser__CorpusPath"], StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(corpus.Source, env["Browser__CorpusPath"]["/corpus/".Length..])), $"{env["Browser__CorpusPath"]} is not in {corpus.Source}");

        var cache = Assert.Single(mounts, m => m.Target == env["Browser__IndexCacheDirectory"]);
        Assert.False(cache.ReadOnly);
        Assert.Contains(new YamlScalarNode(cache.Source), Map(compose.Root, "volumes").Children.Keys);
    }

    [Theory]
    [InlineData("blurring")]
    [InlineData("sampler")]
    public void The_corpus_clients_call_the_browser_service(string service) =>
        Assert.Equal("http://browser:8080", compose.Environment(service)["CorpusApi__BaseAddress"]);

    [Fact]
    public void Passwords_and_the_corpus_folder_come_from_the_environment_when_set()
    {
        var custom = ComposeFile.With(new Dictionary<string, string>
        {
            ["MSSQL_SA_PASSWORD"] = "Other_Passw0rd",
            ["RABBITMQ_PASSWORD"] = "other-broker-password",
            ["INFOSEEK_CORPUS_DIR"] = "/data/wikipedia",
            ["INFOSEEK_GATEWAY_PORT"] = "9090",
            ["INFOSEEK_API_KEY"] = "a-production-key-of-some-length",
        });
        Assert.Equal("Other_Passw0rd", custom.Environment("sqlserver")["MSSQL_SA_PASSWORD"]);
        Assert.Equal("Other_Passw0rd", ParseConnectionString(custom.Environment("planner")["Storage__ConnectionString"])["Password"]);
        Assert.Equal("other-broker-password", custom.Environment("rabbitmq")["RABBITMQ_DEFAULT_PASS"]);
        Assert.Equal("other-broker-password", custom.Environment("sampler")["Bus__Password"]);
        Assert.Equal("/data/wikipedia", Assert.Single(Volumes(custom.Service("browser")), m => m.Target == "/corpus").Source);
        Assert.Equal([(9090, 8080)], Ports(custom.Service("gateway")));
        Assert.Equal("Other_Passw0rd", ParseConnectionString(custom.Environment("sampler")["Storage__ConnectionString"])["Password"]);
        Assert.Equal("a-production-key-of-some-length", custom.Environment("gateway")["Gateway__ApiKeys__default"]);
    }

    private sealed record Mount(string Source, string Target, bool ReadOnly);

    /// <summary>Short ("src:dst:mode") or long (type/source/target/read_only) volume syntax.</summary>
    private static List<Mount> Volumes(YamlMappingNode service) =>
        ((YamlSequenceNode?)NodeOrNull(service, "volumes"))?.Children.Select(v => v switch
        {
            YamlScalarNode s when s.Value!.Split(':') is var parts && parts.Length >= 2 =>
                new Mount(parts[0], parts[1], parts.Length > 2 && parts[2].Split(',').Contains("ro")),
            YamlMappingNode m => new Mount(Scalar(m, "source")!, Scalar(m, "target")!, Scalar(m, "read_only") == "true"),
            _ => throw new Xunit.Sdk.XunitException($"Unexpected volume syntax: {v}"),
        }).ToList() ?? [];

    /// <summary>(published, target) pairs, from the short ("8080:8080") or the long syntax.</summary>
    private static List<(int Published, int Target)> Ports(YamlMappingNode service) =>
        ((YamlSequenceNode?)NodeOrNull(service, "ports"))?.Children.Select(p => p switch
        {
            YamlMappingNode m => (int.Parse(Scalar(m, "published")!), int.Parse(Scalar(m, "target")!)),
            YamlScalarNode s when s.Value!.Split(':') is [var published, var target] => (int.Parse(published), int.Parse(target)),
            _ => throw new Xunit.Sdk.XunitException($"A port without a fixed host port is still a published port: {p}"),
        }).ToList() ?? [];

    private static Dictionary<string, string> ParseConnectionString(string value) =>
        value.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .ToDictionary(kv => kv[0].Trim(), kv => kv[1].Trim(), StringComparer.OrdinalIgnoreCase);
}
