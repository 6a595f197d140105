using InfoSeek.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace InfoSeek.Hosting;

public static class StorageRegistration
{
    /// <summary>
    /// The state store from the "Storage" section. With <paramref name="applyMigrations"/>, migrations
    /// are applied before the host starts serving. Several services of one process may call this; the
    /// store is registered once, and migrated if any of them asked for it.
    /// </summary>
    public static IHostApplicationBuilder AddInfoSeekStorage(this IHostApplicationBuilder builder, bool applyMigrations = true)
    {
        if (!builder.Services.Any(d => d.ServiceType == typeof(StateStore)))
        {
            var environment = builder.Environment;
            builder.Services.AddOptions<StorageOptions>().BindConfiguration("Storage").ValidateDataAnnotations()
                .Validate(
                    o => environment.IsDevelopment() || !o.UsesDevelopmentPassword,
                    $"Storage:ConnectionString logs in with the development password that docker-compose.yml and k8s/base/secret.yaml ship, outside the Development environment ({environment.EnvironmentName}): set a password of your own.")
                .ValidateOnStart();
            builder.Services.AddSingleton(sp => new Database(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
            builder.Services.AddSingleton<Migrator>();
            builder.Services.AddSingleton<StateStore>();
            builder.Services.AddSingleton<LlmCallStore>();
        }

        if (applyMigrations)
        {
            builder.Services.AddHostedService<MigrateOnStart>();
        }

        return builder;
    }

    // A hosted service's StartAsync runs before the bus starts consuming (it is registered earlier).
    // AddHostedService adds a type once, however often it is called.
    private sealed class MigrateOnStart(Migrator migrator) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken) => await migrator.MigrateAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
