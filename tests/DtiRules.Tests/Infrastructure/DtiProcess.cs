using System.Diagnostics;

namespace DtiRules.Tests.Infrastructure;

/// <summary>Runs the built <c>dti</c> as its own process, as a user would, with extra environment variables.</summary>
internal static class DtiProcess
{
    /// <summary>Runs <c>dti ARGUMENTS</c>; <paramref name="environment"/> sets (a value) or removes (null) variables. Killed and failed after three minutes.</summary>
    public static async Task<(int ExitCode, string Out, string Error)> Run(string[] arguments, IReadOnlyDictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dti.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dti did not finish: " + string.Join(' ', arguments));
        }

        return (process.ExitCode, await output, await error);
    }
}
