using System.CommandLine;

namespace InfoSeek.Cli;

/// <summary>
/// Bad input (a missing, empty or malformed file, an option out of range, a state file that is not one) ends a
/// command with <c>error: &lt;the input and the problem&gt;</c> on standard error and exit code 2, before anything
/// is stored. The commands and the libraries they call throw these exception types for it, with messages that
/// name the input.
/// </summary>
public static class BadInput
{
    public const int ExitCode = 2;

    public static bool Is(Exception e) =>
        e is ArgumentException or FileNotFoundException or DirectoryNotFoundException or FormatException or InvalidDataException;

    /// <summary>A command's action, with bad input reported as such.</summary>
    public static Func<ParseResult, CancellationToken, Task<int>> Guard(Func<ParseResult, CancellationToken, Task<int>> action) =>
        async (parse, ct) =>
        {
            try
            {
                return await action(parse, ct);
            }
            catch (Exception e) when (Is(e))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"error: {MessageOf(e)}");
                return ExitCode;
            }
        };

    /// <summary>A synchronous command's action, with bad input reported as such.</summary>
    public static Func<ParseResult, CancellationToken, Task<int>> Guard(Func<ParseResult, CancellationToken, int> action) =>
        Guard((parse, ct) => Task.FromResult(action(parse, ct)));

    /// <summary>Throws when an option's value is below its least value; for the options whose range is not a run setting.</summary>
    public static void AtLeast(Option<int> option, int least) =>
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is var value && value < least)
            {
                result.AddError($"{option.Name} {value} must be at least {least}.");
            }
        });

    /// <summary>The message without the " (Parameter 'x')" that ArgumentException appends: the message names the input already.</summary>
    private static string MessageOf(Exception e) =>
        e is ArgumentException { ParamName: { } name } a ? a.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : e.Message;
}
