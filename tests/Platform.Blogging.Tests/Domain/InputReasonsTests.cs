using Platform.Blogging.Blogs;
using Platform.Blogging.Errors;

namespace Platform.Blogging.Tests.Domain;

/// <summary>Refusals name the rule that refused them, so the studio can word them in its reader's language.</summary>
public sealed class InputReasonsTests
{
    private static readonly BlogSettings Good = new() { Name = "demo", Title = "Demo", Locale = "ko", TimeZone = "Asia/Seoul" };

    public static TheoryData<string, string, string> Refusals => new()
    {
        { "title", " ", InputReasons.BlogTitle },
        { "timeZone", "Mars/Olympus", InputReasons.TimeZone },
        { "locale", "xx-nowhere", InputReasons.Locale },
        { "postsPerPage", "0", InputReasons.PostsPerPage },
        { "permalinkPattern", "/static/", InputReasons.PermalinkPattern },
        { "navigation", "javascript:alert(1)", InputReasons.NavigationUrl },
        { "customDomains", "bad_domain.example", InputReasons.DomainName },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Each_settings_refusal_names_its_field_and_rule(string field, string value, string reason)
    {
        var settings = field switch
        {
            "title" => Good with { Title = " " },
            "timeZone" => Good with { TimeZone = value },
            "locale" => Good with { Locale = value },
            "postsPerPage" => Good with { PostsPerPage = 0 },
            "permalinkPattern" => Good with { PermalinkPattern = value },
            "navigation" => Good with { Navigation = [new NavigationLink { Label = "x", Url = value }] },
            _ => Good with { CustomDomains = [value] },
        };

        var refusal = FluentActions.Invoking(() => BlogSettingsValidator.Validate(settings)).Should().Throw<InvalidInputException>().Which;
        refusal.Field.Should().Be(field);
        refusal.Reason.Should().Be(reason);
        refusal.Code.Should().Be("invalid-input", "the API's code is unchanged");
    }

    [Fact]
    public void Good_settings_pass() => BlogSettingsValidator.Validate(Good).Name.Should().Be("demo");
}
