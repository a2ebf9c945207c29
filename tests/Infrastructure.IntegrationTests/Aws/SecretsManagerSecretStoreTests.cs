using CleanStudents.Infrastructure.Aws;
using CleanStudents.Infrastructure.IntegrationTests.Aws.Support;
using CleanStudents.Infrastructure.Secrets;

namespace CleanStudents.Infrastructure.IntegrationTests.Aws;

public sealed class SecretsManagerSecretStoreTests
{
    private const string SecretId = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:app/origin-verify-AbCdEf";

    private FakeSecretsManager _fake = null!;
    private ManualTimeProvider _clock = null!;
    private SecretsManagerSecretStore _store = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _fake = await FakeSecretsManager.StartAsync();
        _fake.SetSecret(SecretId, "v1");
        _clock = new ManualTimeProvider();
        _store = new SecretsManagerSecretStore(AwsTestClient.Create(), _fake.Service, TimeSpan.FromMinutes(5), _clock);
    }

    [TearDown]
    public async Task StopAsync()
    {
        _fake.SignatureProblems.Should().BeEmpty();
        await _fake.DisposeAsync();
    }

    [Test]
    public async Task Reads_the_secret_string_with_a_signed_request()
    {
        (await _store.GetSecretAsync(SecretId, CancellationToken.None)).Should().Be("v1");
        _fake.Calls.Should().Be(1);
    }

    [Test]
    public async Task Serves_from_the_cache_until_the_ttl_passes()
    {
        await _store.GetSecretAsync(SecretId, CancellationToken.None);
        _fake.SetSecret(SecretId, "v2");

        _clock.Advance(TimeSpan.FromMinutes(4));
        (await _store.GetSecretAsync(SecretId, CancellationToken.None)).Should().Be("v1");

        _clock.Advance(TimeSpan.FromMinutes(2));
        (await _store.GetSecretAsync(SecretId, CancellationToken.None)).Should().Be("v2");
        _fake.Calls.Should().Be(2);
    }

    [Test]
    public async Task The_previous_stage_is_absent_before_a_rotation_and_the_replaced_value_after_it()
    {
        (await _store.GetSecretStageAsync(SecretId, "AWSPREVIOUS", refresh: false, CancellationToken.None)).Should().BeNull();

        _fake.Rotate(SecretId, "v2");

        (await _store.GetSecretStageAsync(SecretId, "AWSPREVIOUS", refresh: false, CancellationToken.None))
            .Should().BeNull("the absent stage is cached like any value");
        (await _store.GetSecretStageAsync(SecretId, "AWSPREVIOUS", refresh: true, CancellationToken.None)).Should().Be("v1");
        (await _store.RefreshSecretAsync(SecretId, CancellationToken.None)).Should().Be("v2");
    }

    [Test]
    public async Task Refresh_bypasses_the_cache_and_updates_it()
    {
        await _store.GetSecretAsync(SecretId, CancellationToken.None);
        _fake.SetSecret(SecretId, "v2");

        (await _store.RefreshSecretAsync(SecretId, CancellationToken.None)).Should().Be("v2");
        (await _store.GetSecretAsync(SecretId, CancellationToken.None)).Should().Be("v2");
        _fake.Calls.Should().Be(2);
    }

    [Test]
    public async Task Concurrent_callers_share_one_fetch()
    {
        _fake.Delay = TimeSpan.FromMilliseconds(300);

        var values = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => i % 2 == 0
            ? _store.GetSecretAsync(SecretId, CancellationToken.None)
            : _store.RefreshSecretAsync(SecretId, CancellationToken.None)));

        values.Should().AllBe("v1");
        _fake.Calls.Should().Be(1);
    }

    [Test]
    public async Task A_cancelled_caller_does_not_cancel_the_shared_fetch()
    {
        _fake.Delay = TimeSpan.FromMilliseconds(300);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        var cancelled = () => _store.GetSecretAsync(SecretId, cancel.Token);
        var patient = _store.GetSecretAsync(SecretId, CancellationToken.None);

        await cancelled.Should().ThrowAsync<OperationCanceledException>();
        (await patient).Should().Be("v1");
        _fake.Calls.Should().Be(1);
    }

    [Test]
    public async Task A_missing_secret_is_a_typed_error_and_is_not_cached()
    {
        var act = () => _store.GetSecretAsync("missing", CancellationToken.None);

        (await act.Should().ThrowAsync<AwsServiceException>()).Which.IsResourceNotFound.Should().BeTrue();
        _fake.SetSecret("missing", "now here");
        (await _store.GetSecretAsync("missing", CancellationToken.None)).Should().Be("now here");
    }
}
