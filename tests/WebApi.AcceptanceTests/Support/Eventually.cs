namespace CleanStudents.WebApi.AcceptanceTests.Support;

/// <summary>Waits for what background work (a worker, a retry) makes true.</summary>
internal static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> condition, string because, int timeoutSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {timeoutSeconds} s waiting until {because}.");
            }

            await Task.Delay(200);
        }
    }
}
