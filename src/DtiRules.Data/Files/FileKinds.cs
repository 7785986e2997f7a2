using System.Runtime.InteropServices;

namespace DtiRules.Data.Files;

/// <summary>
/// Tells a regular file from a device or a pipe. .NET reports both as a plain file, but replacing
/// <c>/dev/full</c> by renaming a finished file over it would remove the device, so the type is read
/// with <c>stat</c> where the C library has it (Linux on x64 and arm64, macOS on arm64; glibc
/// 2.33 or later); elsewhere every file counts as regular.
/// </summary>
internal static class FileKinds
{
    // The file-type bits of st_mode and the value of a regular file.
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;

    // Larger than struct stat on every platform read here (144 bytes on Linux x64, 128 on arm64 and 144 on macOS).
    private const int StatSize = 256;

    /// <summary>The kind of <paramref name="path"/>, following links.</summary>
    public static FileKind Of(string path)
    {
        if (Directory.Exists(path))
        {
            return FileKind.Folder;
        }

        if (!File.Exists(path))
        {
            return FileKind.Missing;
        }

        return Mode(path) is { } mode && (mode & TypeMask) != RegularType ? FileKind.Special : FileKind.RegularFile;
    }

    /// <summary>The st_mode of <paramref name="path"/>, or null where it cannot be read.</summary>
    private static int? Mode(string path)
    {
        int? offset = (OperatingSystem.IsLinux(), OperatingSystem.IsMacOS(), RuntimeInformation.ProcessArchitecture) switch
        {
            (true, _, Architecture.X64) => 24,
            (true, _, Architecture.Arm64) => 16,
            (_, true, Architecture.Arm64) => 4,
            _ => null,
        };
        if (offset is not { } at)
        {
            return null;
        }

        var buffer = new byte[StatSize];
        try
        {
            if (Stat(path, buffer) != 0)
            {
                return null;
            }
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        // macOS keeps a 16-bit mode; Linux a 32-bit one. Both are little-endian here.
        return OperatingSystem.IsMacOS() ? BitConverter.ToUInt16(buffer, at) : BitConverter.ToInt32(buffer, at);
    }

    [DllImport("libc", EntryPoint = "stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);
}
