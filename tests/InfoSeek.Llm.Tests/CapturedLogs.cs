using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace InfoSeek.Llm.Tests;

/// <summary>Every log line of a host at every level, with its scopes and exception, as text.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> lines = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public string Text => string.Join("\n", lines);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = new StringBuilder($"{logLevel} {category}: {formatter(state, exception)}");
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    line.Append($" [{key}={value}]");
                }
            }

            owner.scopes.ForEachScope((scope, b) => b.Append($" (scope {scope})"), line);
            if (exception is not null)
            {
                line.Append('\n').Append(exception);
            }

            owner.lines.Enqueue(line.ToString());
        }
    }
}
