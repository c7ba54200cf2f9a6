using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace AbsenceCases.Web.Tests.Infrastructure;

/// <summary>
/// A small SMTP server on loopback for tests: it speaks enough of RFC 5321 for System.Net.Mail, keeps every
/// message it accepts, and can be told to refuse mail with a temporary error or to leave a message unanswered.
/// </summary>
public sealed partial class SmtpListener : IAsyncDisposable
{
    private readonly TcpListener _listener = new(System.Net.IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<ReceivedMail> _received = [];
    private readonly Task _accepting;
    private TaskCompletionSource? _holding;

    public SmtpListener()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((System.Net.IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>While true, every message is refused with 451 (a temporary failure the sender retries).</summary>
    public bool Refusing { get; set; }

    /// <summary>
    /// The next message is read but never answered, as by a server that stopped responding: its sender waits until it
    /// gives up or dies. The task completes once that message has arrived; the message is not received.
    /// </summary>
    public Task HoldNextMessage()
    {
        _holding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _holding.Task;
    }

    public IReadOnlyList<ReceivedMail> Received
    {
        get
        {
            lock (_received)
            {
                return _received.ToList();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ConverseAsync(client));
        }
    }

    private async Task ConverseAsync(TcpClient client)
    {
        using var _ = client;
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 localhost test SMTP");
        var recipients = new List<string>();
        while (await reader.ReadLineAsync() is { } line)
        {
            var command = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
            switch (command)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-localhost");
                    await writer.WriteLineAsync("250 8BITMIME");
                    break;
                case "HELO" or "NOOP" or "RSET":
                    recipients.Clear();
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "MAIL":
                    await writer.WriteLineAsync(Refusing ? "451 Try again later" : "250 OK");
                    break;
                case "RCPT":
                    recipients.Add(Address().Match(line).Groups[1].Value);
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                    {
                        data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                    }

                    if (Interlocked.Exchange(ref _holding, null) is { } holding)
                    {
                        holding.SetResult();
                        while (await reader.ReadLineAsync() is not null)
                        {
                        }

                        return;
                    }

                    lock (_received)
                    {
                        _received.Add(ReceivedMail.Parse(recipients.ToList(), data.ToString()));
                    }

                    recipients.Clear();
                    await writer.WriteLineAsync("250 OK queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("502 Command not implemented");
                    break;
            }
        }
    }

    [GeneratedRegex("<([^>]*)>")]
    private static partial Regex Address();
}
