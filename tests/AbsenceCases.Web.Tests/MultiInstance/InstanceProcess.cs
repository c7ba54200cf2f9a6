using System.Diagnostics;
using System.Text;

namespace AbsenceCases.Web.Tests.MultiInstance;

/// <summary>
/// An instance of the application as a process of its own (<c>dotnet AbsenceCases.Web.dll</c>, on the real clock), so
/// that a test can kill it as a machine dies: no shutdown, its connections simply gone.
/// </summary>
internal sealed class InstanceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private InstanceProcess(Process process)
    {
        _process = process;
    }

    /// <summary>What the process wrote, for a failing test's message.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <param name="settings">The configuration, passed as environment variables.</param>
    public static InstanceProcess Start(IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "AbsenceCases.Web.dll"), "--urls", "http://127.0.0.1:0" },
            WorkingDirectory = WebProjectFolder(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Demo__Enabled"] = "false";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var instance = new InstanceProcess(Process.Start(start)!);
        instance._process.OutputDataReceived += instance.Record;
        instance._process.ErrorDataReceived += instance.Record;
        instance._process.BeginOutputReadLine();
        instance._process.BeginErrorReadLine();
        return instance;
    }

    public void Kill() => _process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void Record(object sender, DataReceivedEventArgs line)
    {
        lock (_output)
        {
            _output.AppendLine(line.Data);
        }
    }

    /// <summary>The web project's folder, its content root: the solution's src/AbsenceCases.Web above the test's output.</summary>
    private static string WebProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AbsenceCases.sln")))
            {
                return Path.Combine(folder.FullName, "src", "AbsenceCases.Web");
            }
        }

        throw new InvalidOperationException($"No AbsenceCases.sln above {AppContext.BaseDirectory}.");
    }
}
