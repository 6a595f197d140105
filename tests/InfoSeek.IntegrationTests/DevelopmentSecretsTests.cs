using InfoSeek.Hosting;
using InfoSeek.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace InfoSeek.IntegrationTests;

/// <summary>
/// The broker and database passwords that docker-compose.yml and k8s/base/secret.yaml ship are accepted only in the
/// Development environment; elsewhere a service refuses to start, naming the setting.
/// </summary>
public sealed class DevelopmentSecretsTests
{
    private static IHost Build(string environment, Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddInfoSeekBus();
        builder.AddInfoSeekStorage(applyMigrations: false);
        return builder.Build();
    }

    [Theory]
    [InlineData("infoseek", "rabbitmq")]
    [InlineData("infoseek-dev-password", "rabbitmq.infoseek.svc.cluster.local")]
    [InlineData("guest", "rabbitmq")]
    public void A_shipped_broker_password_outside_development_is_refused_naming_the_setting(string password, string host)
    {
        var settings = new Dictionary<string, string?> { ["Bus:Transport"] = "RabbitMq", ["Bus:Host"] = host, ["Bus:Password"] = password };

        using var production = Build("Production", settings);
        var error = Assert.Throws<OptionsValidationException>(() => production.Services.GetRequiredService<IOptions<BusOptions>>().Value);
        Assert.Contains("Bus:Password", error.Message, StringComparison.Ordinal);
        Assert.Contains("Production", error.Message, StringComparison.Ordinal);

        using var development = Build("Development", settings);
        Assert.Equal(password, development.Services.GetRequiredService<IOptions<BusOptions>>().Value.Password);
    }

    [Fact]
    public void A_password_of_its_own_and_guest_on_this_machine_are_accepted_anywhere()
    {
        using var own = Build("Production", new() { ["Bus:Transport"] = "RabbitMq", ["Bus:Host"] = "rabbitmq", ["Bus:Password"] = "s3cret-of-our-own" });
        Assert.Equal("s3cret-of-our-own", own.Services.GetRequiredService<IOptions<BusOptions>>().Value.Password);

        using var local = Build("Production", new() { ["Bus:Transport"] = "RabbitMq", ["Bus:Host"] = "localhost" });
        Assert.Equal("guest", local.Services.GetRequiredService<IOptions<BusOptions>>().Value.Password);
    }

    [Fact]
    public void The_shipped_sql_server_password_outside_development_is_refused_naming_the_setting()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "SqlServer",
            ["Storage:ConnectionString"] = $"Server=sqlserver;Database=infoseek;User Id=sa;Password={StorageOptions.DevelopmentPassword};TrustServerCertificate=true",
        };

        using var production = Build("Production", settings);
        var error = Assert.Throws<OptionsValidationException>(() => production.Services.GetRequiredService<IOptions<StorageOptions>>().Value);
        Assert.Contains("Storage:ConnectionString", error.Message, StringComparison.Ordinal);

        using var development = Build("Development", settings);
        Assert.Equal(StorageProvider.SqlServer, development.Services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider);
    }
}
