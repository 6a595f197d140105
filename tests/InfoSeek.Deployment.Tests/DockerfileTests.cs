using System.Text.RegularExpressions;
using System.Xml.Linq;
using InfoSeek.TestSupport;

namespace InfoSeek.Deployment.Tests;

/// <summary>
/// The Dockerfiles cannot be built here (no Docker engine), so their instructions are read and checked
/// against the projects: every project file the host needs is copied before the restore, the image
/// runs as the non-root app user on port 8080, and it has what the compose health check calls.
/// </summary>
public sealed partial class DockerfileTests
{
    public static TheoryData<string, string> Deployables => new()
    {
        { "Planner", "services/Planner/InfoSeek.Planner.Host/InfoSeek.Planner.Host.csproj" },
        { "Browser", "services/Browser/InfoSeek.Browser.Host/InfoSeek.Browser.Host.csproj" },
        { "Blurring", "services/Blurring/InfoSeek.Blurring.Host/InfoSeek.Blurring.Host.csproj" },
        { "Verbalizer", "services/Verbalizer/InfoSeek.Verbalizer.Host/InfoSeek.Verbalizer.Host.csproj" },
        { "Sampler", "services/Sampler/InfoSeek.Sampler.Host/InfoSeek.Sampler.Host.csproj" },
        { "Gateway", "services/Gateway/InfoSeek.Gateway/InfoSeek.Gateway.csproj" },
    };

    private sealed record Instruction(string Keyword, string Arguments);

    private sealed record Stage(string Image, string? Name, List<Instruction> Instructions);

    [Theory]
    [MemberData(nameof(Deployables))]
    public void The_build_is_multi_stage_from_the_SDK_to_the_ASP_NET_runtime(string service, string hostProject)
    {
        var stages = Stages(service);
        Assert.Equal(2, stages.Count);
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0", stages[0].Image);
        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:10.0", stages[1].Image);
        var publish = Assert.Single(stages[0].Instructions, i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet publish", StringComparison.Ordinal));
        Assert.Contains($"dotnet publish {hostProject} -c Release", publish.Arguments, StringComparison.Ordinal);
        Assert.Contains($"--from={stages[0].Name}", stages[1].Instructions.Single(i => i.Keyword == "COPY").Arguments, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Deployables))]
    public void The_restore_layer_copies_exactly_the_project_files_the_host_needs(string service, string hostProject)
    {
        var build = Stages(service)[0].Instructions;
        var restoreAt = build.FindIndex(i => i.Keyword == "RUN" && i.Arguments.StartsWith($"dotnet restore {hostProject}", StringComparison.Ordinal));
        Assert.True(restoreAt > 0, $"{service}: no `RUN dotnet restore {hostProject}`");

        var copiedBefore = build.Take(restoreAt).Where(i => i.Keyword == "COPY").SelectMany(i => Sources(i.Arguments)).ToHashSet();
        var needed = ProjectClosure(hostProject).Append("Directory.Build.props").Append("Directory.Packages.props").Append("global.json").ToHashSet();
        Assert.Empty(needed.Except(copiedBefore));
        Assert.All(copiedBefore, c => Assert.True(needed.Contains(c), $"{service} copies {c} before the restore, which the host does not need: it only costs cache hits"));

        // The sources come after the restore, so editing code does not invalidate the restored packages.
        var sourceCopies = build.Skip(restoreAt).Where(i => i.Keyword == "COPY").SelectMany(i => Sources(i.Arguments)).ToList();
        Assert.Contains("shared/", sourceCopies);
        Assert.Contains($"services/{service}/", sourceCopies);
    }

    [Theory]
    [MemberData(nameof(Deployables))]
    public void The_image_runs_the_host_as_the_non_root_app_user_on_port_8080(string service, string hostProject)
    {
        var final = Stages(service)[1].Instructions;
        Assert.Equal("$APP_UID", final.Last(i => i.Keyword == "USER").Arguments);
        Assert.True(final.FindLastIndex(i => i.Keyword == "USER") > final.FindLastIndex(i => i.Keyword == "RUN"), "USER must come after the last RUN that needs root");
        Assert.Contains(final, i => i.Keyword == "ENV" && i.Arguments == "ASPNETCORE_HTTP_PORTS=8080");
        Assert.Contains(final, i => i.Keyword == "EXPOSE" && i.Arguments == "8080");
        var assembly = Path.GetFileNameWithoutExtension(hostProject);
        Assert.Equal($"[\"dotnet\", \"{assembly}.dll\"]", final.Single(i => i.Keyword == "ENTRYPOINT").Arguments);
    }

    [Theory]
    [InlineData("Planner")]
    [InlineData("Browser")]
    [InlineData("Blurring")]
    [InlineData("Verbalizer")]
    [InlineData("Sampler")]
    [InlineData("Gateway")]
    public void The_image_has_curl_for_the_compose_health_check(string service)
    {
        var install = Stages(service)[1].Instructions.Single(i => i.Keyword == "RUN" && i.Arguments.Contains("apt-get", StringComparison.Ordinal));
        Assert.Matches(@"apt-get install -y --no-install-recommends curl\b", install.Arguments);
        Assert.Contains("rm -rf /var/lib/apt/lists/*", install.Arguments, StringComparison.Ordinal);
    }

    [Fact]
    public void The_browser_image_prepares_its_index_cache_mount_point_for_the_app_user()
    {
        var final = Stages("Browser")[1].Instructions;
        Assert.Contains(final, i => i.Keyword == "RUN" && i.Arguments == "mkdir -p /var/cache/infoseek && chown \"$APP_UID\" /var/cache/infoseek");
    }

    [Fact]
    public void The_build_context_leaves_out_local_build_output_and_tests()
    {
        var ignored = File.ReadAllLines(Path.Combine(Repository.Root, ".dockerignore"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet();
        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
        Assert.Contains(".git/", ignored);
        Assert.Contains("tests/", ignored);
        // Everything an image build copies must stay in the context.
        Assert.DoesNotContain(ignored, p => p is "shared/" or "services/" or "*.props" or "Directory.Build.props" or "Directory.Packages.props" or "global.json");
    }

    private static List<Stage> Stages(string service)
    {
        var path = Path.Combine(Repository.Root, "services", service, "Dockerfile");
        Assert.True(File.Exists(path), $"{path} is missing");
        var stages = new List<Stage>();
        var text = File.ReadAllText(path).Replace("\\\n", " ", StringComparison.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var keyword = line.Split(' ', 2)[0];
            var arguments = Whitespace().Replace(line[keyword.Length..].Trim(), " ");
            if (keyword == "FROM")
            {
                var parts = arguments.Split(' ');
                stages.Add(new Stage(parts[0], parts.Length == 3 && parts[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? parts[2] : null, []));
            }
            else
            {
                Assert.True(stages.Count > 0, $"{path}: {keyword} before FROM");
                stages[^1].Instructions.Add(new Instruction(keyword, arguments));
            }
        }

        return stages;
    }

    /// <summary>The sources of a COPY (all but the destination; flags such as --from are left out).</summary>
    private static string[] Sources(string arguments)
    {
        var parts = arguments.Split(' ').Where(p => !p.StartsWith("--", StringComparison.Ordinal)).ToArray();
        return parts[..^1];
    }

    /// <summary>The project and every project it references, transitively, as paths from the repository root.</summary>
    private static List<string> ProjectClosure(string project)
    {
        var seen = new List<string>();
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var current))
        {
            if (seen.Contains(current))
            {
                continue;
            }

            seen.Add(current);
            var full = Path.Combine(Repository.Root, current);
            foreach (var reference in XDocument.Load(full).Descendants("ProjectReference"))
            {
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(full)!, reference.Attribute("Include")!.Value));
                pending.Push(Path.GetRelativePath(Repository.Root, target).Replace('\\', '/'));
            }
        }

        return seen;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
