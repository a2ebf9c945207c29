using System.Net;
using System.Net.Sockets;

namespace CleanStudents.WebApi.AcceptanceTests.Support;

/// <summary>Ports and clients on the loopback network, where every server a test starts listens.</summary>
internal static class Loopback
{
    /// <summary>A port no one listens on now (the OS picks it), for a server the test is about to start.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A client of the app at <paramref name="baseAddress"/>, with the bearer token when one is given.</summary>
    public static HttpClient Client(Uri baseAddress, string? accessToken = null)
    {
        var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (accessToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        }

        return client;
    }
}
