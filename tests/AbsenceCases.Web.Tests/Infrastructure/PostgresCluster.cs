using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Npgsql;

namespace AbsenceCases.Web.Tests.Infrastructure;

/// <summary>
/// A throw-away PostgreSQL 15 cluster: a new cluster in a folder under /tmp, its server on a free loopback port
/// with the socket in that folder and trust authentication. It is stopped and its folder deleted on dispose, or
/// when the test process exits without disposing it.
/// </summary>
public sealed partial class PostgresCluster : IAsyncDisposable
{
    private const string SuperUser = "postgres";

    private readonly string _folder;
    private readonly List<string> _connectionStrings = [];
    private int _stopped;

    private PostgresCluster(string folder, int port)
    {
        _folder = folder;
        Port = port;
        AppDomain.CurrentDomain.ProcessExit += StopOnProcessExit;
    }

    public int Port { get; }

    private string DataFolder => Path.Combine(_folder, "data");

    private string LogFile => Path.Combine(_folder, "server.log");

    public static async Task<PostgresCluster> StartAsync(CancellationToken cancellationToken = default)
    {
        var folder = await PostgresCommands.NewFolderAsync(cancellationToken);
        var cluster = new PostgresCluster(folder, FreeLoopbackPort());
        try
        {
            await cluster.InitialiseAsync(cancellationToken);
            await cluster.StartServerAsync(cancellationToken);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates a database, empty or a copy of <paramref name="template"/>, and answers its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name, string? template = null, CancellationToken cancellationToken = default)
    {
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync(cancellationToken);
            var copy = template is null ? string.Empty : $" TEMPLATE {Checked(template)}";
            await using var command = new NpgsqlCommand($"CREATE DATABASE {Checked(name)}{copy}", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return ConnectionString(name);
    }

    /// <summary>Drops a database, ending the connections still open to it.</summary>
    public void DropDatabase(string name)
    {
        using (var pooled = new NpgsqlConnection(ConnectionString(name)))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Checked(name)} WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }

    private static string Checked(string name) =>
        DatabaseName().IsMatch(name) ? name : throw new ArgumentException($"'{name}' is not a plain lower-case database name.", nameof(name));

    public string ConnectionString(string database)
    {
        var connectionString = new NpgsqlConnectionStringBuilder
        {
            Host = IPAddress.Loopback.ToString(),
            Port = Port,
            Username = SuperUser,
            Database = database,
        }.ConnectionString;
        lock (_connectionStrings)
        {
            _connectionStrings.Add(connectionString);
        }

        return connectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= StopOnProcessExit;
        try
        {
            ClearConnectionPools();
            if (File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
            {
                await PostgresCommands.RunAsync("pg_ctl", ["stop", "-D", DataFolder, "-m", "fast", "-w"], CancellationToken.None);
            }
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private Task InitialiseAsync(CancellationToken cancellationToken) =>
        PostgresCommands.RunAsync(
            "initdb",
            ["-D", DataFolder, "-U", SuperUser, "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync", "--no-instructions"],
            cancellationToken);

    /// <summary>pg_ctl -w returns once the server accepts connections.</summary>
    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        var port = Port.ToString(CultureInfo.InvariantCulture);
        try
        {
            await PostgresCommands.RunAsync(
                "pg_ctl",
                [
                    "start", "-D", DataFolder, "-l", LogFile, "-w", "-t", "60",
                    "-o", $"-c listen_addresses={IPAddress.Loopback} -p {port} -k {_folder} -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=300",
                ],
                cancellationToken);
        }
        catch (InvalidOperationException failure) when (File.Exists(LogFile))
        {
            throw new InvalidOperationException($"{failure.Message}\nServer log:\n{await File.ReadAllTextAsync(LogFile, cancellationToken)}", failure);
        }
    }

    private void ClearConnectionPools()
    {
        lock (_connectionStrings)
        {
            foreach (var connectionString in _connectionStrings.Distinct())
            {
                using var connection = new NpgsqlConnection(connectionString);
                NpgsqlConnection.ClearPool(connection);
            }
        }
    }

    private void StopOnProcessExit(object? sender, EventArgs e) => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,62}$")]
    private static partial Regex DatabaseName();
}
