using System.CommandLine;
using System.CommandLine.Invocation;

namespace DtiRules.Cli;

/// <summary>Prints <see cref="BuildInfo.Describe"/> for <c>--version</c>, instead of the bare informational version.</summary>
internal sealed class VersionAction(TextWriter output) : SynchronousCommandLineAction
{
    /// <inheritdoc />
    public override bool ClearsParseErrors => true;

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        output.Write(BuildInfo.Describe());
        return ExitCodes.Success;
    }
}
