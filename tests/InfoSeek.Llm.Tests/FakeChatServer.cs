using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InfoSeek.Llm.Tests;

/// <summary>One scripted answer of the fake server.</summary>
/// <param name="Delay">Waited before the status line is sent.</param>
public sealed record Reply(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default)
{
    /// <summary>An OpenAI-style completion with usage.</summary>
    public static Reply Completion(string content, int promptTokens = 100, int completionTokens = 20, string finishReason = "stop") =>
        Json(new JsonObject
        {
            ["id"] = "chatcmpl-1",
            ["object"] = "chat.completion",
            ["model"] = "test-model",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
                ["finish_reason"] = finishReason,
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = promptTokens, ["completion_tokens"] = completionTokens, ["total_tokens"] = promptTokens + completionTokens },
        });

    public static Reply Json(JsonNode body) => new(200, body.ToJsonString());

    public static Reply Error(int status, string? retryAfter = null) =>
        new(status, new JsonObject { ["error"] = new JsonObject { ["message"] = $"scripted {status}", ["type"] = "server_error" } }.ToJsonString(),
            retryAfter is null ? null : new Dictionary<string, string> { ["Retry-After"] = retryAfter });

    public Reply After(TimeSpan delay) => this with { Delay = delay };
}

/// <summary>A request as the fake server saw it.</summary>
public sealed record ReceivedRequest(DateTimeOffset At, string Path, string? Authorization, JsonNode Body)
{
    public JsonArray Messages => Body["messages"]!.AsArray();

    public string LastMessage => Messages[^1]!["content"]!.GetValue<string>();
}

/// <summary>
/// An OpenAI-compatible …/v1/chat/completions on 127.0.0.1 (Kestrel, a free port) that answers from a
/// script, one reply per request in order, then <see cref="WhenScriptEnds"/>.
/// </summary>
public sealed class FakeChatServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<Reply> script = new();
    private readonly ConcurrentQueue<ReceivedRequest> received = new();
    private int inFlight;
    private int maxInFlight;

    private FakeChatServer(WebApplication app) => this.app = app;

    public string BaseAddress { get; private set; } = "";

    /// <summary>The answer once the script is used up; by default a 599 that no test expects.</summary>
    public Reply WhenScriptEnds { get; set; } = new(599, """{"error":"the test script has no more replies"}""");

    /// <summary>When set, answers every request the script does not: a reply computed from the request.</summary>
    public Func<ReceivedRequest, Reply>? Respond { get; set; }

    public IReadOnlyList<ReceivedRequest> Requests => received.ToList();

    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    public static async Task<FakeChatServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeChatServer(app);
        // Any prefix, as behind a proxy ("/api/v1/chat/completions"); the path is recorded.
        app.MapPost("/{**path}", server.HandleAsync);
        await app.StartAsync();
        server.BaseAddress = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return server;
    }

    public FakeChatServer Enqueue(params Reply[] replies)
    {
        foreach (var reply in replies)
        {
            script.Enqueue(reply);
        }

        return this;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var now = Interlocked.Increment(ref inFlight);
        int seen;
        while ((seen = Volatile.Read(ref maxInFlight)) < now && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen)
        {
        }

        try
        {
            var body = await JsonNode.ParseAsync(context.Request.Body);
            var request = new ReceivedRequest(
                DateTimeOffset.UtcNow, context.Request.Path, context.Request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null, body!);
            received.Enqueue(request);
            if (!context.Request.Path.Value!.EndsWith("/v1/chat/completions", StringComparison.Ordinal))
            {
                context.Response.StatusCode = 404;
                return;
            }

            var reply = script.TryDequeue(out var next) ? next : Respond is { } respond ? respond(request) : WhenScriptEnds;
            if (reply.Delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(reply.Delay, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/json";
            foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            await context.Response.WriteAsync(reply.Body);
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>An HTTP date (second precision, as the header carries it).</summary>
    public static string HttpDate(DateTimeOffset at) => at.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);
}
