using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InfoSeek.Llm.Tests;

public sealed class OptionsTests
{
    private static ServiceProvider Services(IDictionary<string, string?> settings, Action<IConfigurationBuilder>? more = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings);
        more?.Invoke(configuration);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration.Build());
        services.AddLogging();
        services.AddInfoSeekLlm();
        return services.BuildServiceProvider();
    }

    private static LlmRoleOptions Role(IServiceProvider services, LlmRole role) =>
        services.GetRequiredService<IOptionsMonitor<LlmRoleOptions>>().Get(role.ToString());

    [Fact]
    public void A_role_inherits_every_value_it_does_not_set_from_the_Default_block()
    {
        using var services = Services(new Dictionary<string, string?>
        {
            ["Llm:Default:BaseAddress"] = "http://127.0.0.1:8000",
            ["Llm:Default:Model"] = "qwen3-8b",
            ["Llm:Default:MaxTokens"] = "2048",
            ["Llm:Default:InputPricePerMillion"] = "0.2",
            ["Llm:Verbalizer:Model"] = "deepseek-chat",
            ["Llm:Verbalizer:Timeout"] = "00:03:00",
        });

        var verbalizer = Role(services, LlmRole.Verbalizer);
        var planner = Role(services, LlmRole.Planner);

        Assert.Equal(("http://127.0.0.1:8000", "deepseek-chat", 2048, TimeSpan.FromMinutes(3), 0.2m),
            (verbalizer.BaseAddress, verbalizer.Model, verbalizer.MaxTokens, verbalizer.Timeout, verbalizer.InputPricePerMillion));
        Assert.Equal(("qwen3-8b", TimeSpan.FromSeconds(120)), (planner.Model, planner.Timeout));
    }

    [Fact]
    public void Environment_variables_with_double_underscores_configure_a_role()
    {
        var prefix = $"INFOSEEK_TEST_{Guid.NewGuid():N}_";
        Environment.SetEnvironmentVariable($"{prefix}Llm__Default__BaseAddress", "https://api.deepseek.com");
        Environment.SetEnvironmentVariable($"{prefix}Llm__Verbalizer__Model", "deepseek-chat");
        try
        {
            using var services = Services(new Dictionary<string, string?>(), c => c.AddEnvironmentVariables(prefix));
            var verbalizer = Role(services, LlmRole.Verbalizer);
            Assert.Equal(("https://api.deepseek.com", "deepseek-chat"), (verbalizer.BaseAddress, verbalizer.Model));
            Assert.True(services.GetRequiredService<LlmClients>().IsConfigured(LlmRole.Verbalizer));
        }
        finally
        {
            Environment.SetEnvironmentVariable($"{prefix}Llm__Default__BaseAddress", null);
            Environment.SetEnvironmentVariable($"{prefix}Llm__Verbalizer__Model", null);
        }
    }

    [Fact]
    public void A_role_without_a_base_address_is_not_configured_and_asking_for_its_client_says_how_to_configure_it()
    {
        using var services = Services(new Dictionary<string, string?>
        {
            ["Llm:Sampler:BaseAddress"] = "http://127.0.0.1:11434",
            ["Llm:Sampler:Model"] = "qwen3:8b",
        });
        var clients = services.GetRequiredService<LlmClients>();

        Assert.True(clients.IsConfigured(LlmRole.Sampler));
        Assert.False(clients.IsConfigured(LlmRole.Planner));
        var e = Assert.Throws<InvalidOperationException>(() => clients.Get(LlmRole.Planner));
        Assert.Contains("Llm__Planner__BaseAddress", e.Message);
        Assert.Equal(LlmRole.Sampler, clients.Get(LlmRole.Sampler).Role);
    }

    [Fact]
    public async Task Invalid_settings_stop_the_host_at_start_up_with_every_problem_named_by_its_key()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Llm:Verbalizer:BaseAddress"] = "https://api.openai.com/v1",
            ["Llm:Verbalizer:Temperature"] = "3",
            ["Llm:Planner:BaseAddress"] = "not a url",
            ["Llm:Planner:Model"] = "m",
            ["Llm:Planner:MaxConcurrency"] = "0",
        };

        var e = await Assert.ThrowsAnyAsync<Exception>(() => LlmTestHost.StartAsync(settings));

        // One OptionsValidationException per invalid role; several arrive as an AggregateException.
        var failures = (e is AggregateException a ? a.InnerExceptions : [e]).Cast<OptionsValidationException>().SelectMany(x => x.Failures);
        var message = string.Join("\n", failures);
        Assert.Contains("Llm:Verbalizer:BaseAddress 'https://api.openai.com/v1' must be the server root without '/v1'", message);
        Assert.Contains("Llm:Verbalizer:Model is required", message);
        Assert.Contains("Llm:Verbalizer:Temperature is 3", message);
        Assert.Contains("Llm:Planner:BaseAddress 'not a url' is not an absolute http or https URL", message);
        Assert.Contains("Llm:Planner:MaxConcurrency is 0", message);
    }

    [Fact]
    public async Task A_host_with_no_llm_settings_starts_and_every_role_falls_back()
    {
        await using var host = await LlmTestHost.StartAsync(new Dictionary<string, string?>());

        var clients = host.Services.GetRequiredService<LlmClients>();

        Assert.All(Enum.GetValues<LlmRole>(), role => Assert.False(clients.IsConfigured(role)));
    }
}
