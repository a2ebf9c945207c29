using CleanStudents.Infrastructure.Persistence.Lists;

namespace CleanStudents.Infrastructure.IntegrationTests.Persistence;

public sealed class SearchPatternTests
{
    [TestCase("Ada", "%ada%")]
    [TestCase("  100%  ", "%100\\%%")]
    [TestCase("a_b", "%a\\_b%")]
    [TestCase("back\\slash", "%back\\\\slash%")]
    public void Search_text_becomes_a_lower_case_pattern_matching_wildcards_literally(string search, string pattern) =>
        SearchPattern.Contains(search).Should().Be(pattern);
}
