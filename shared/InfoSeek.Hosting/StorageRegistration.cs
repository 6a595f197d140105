using InfoSeek.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace InfoSeek.Hosting;

public static class StorageRegistration
{
    /// <summary>The state store from the "Storage" section; migrations are applied before the host starts serving.</summary>
    public static IHostApplicationBuilder AddInfoSeekStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration("Storage").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(sp => new Database(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        builder.Services.AddSingleton<Migrator>();
        builder.Services.AddSingleton<StateStore>();
        builder.Services.AddSingleton<LlmCallStore>();
        builder.Services.AddHostedService<MigrateOnStart>();
        return builder;
    }

    // A hosted service's StartAsync runs before the bus starts consuming (it is registered earlier).
    private sealed class MigrateOnStart(Migrator migrator) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken) => await migrator.MigrateAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
