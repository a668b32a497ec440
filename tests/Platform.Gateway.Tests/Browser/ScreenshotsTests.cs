using Platform.Testing.Browser;

namespace Platform.Gateway.Tests.Browser;

/// <summary>Where screenshots go and what they are called.</summary>
public sealed class ScreenshotsTests
{
    [Fact]
    public void File_names_are_the_test_and_the_step_with_unsafe_characters_replaced()
    {
        Screenshots.FileName("Home_page", "phone 390x844").Should().Be("Home_page-phone_390x844.png");
        Screenshots.FileName("a/b", "../c").Should().Be("a_b-.._c.png");
    }

    [Fact]
    public void The_folder_is_the_override_or_tests_artifacts_screenshots_in_the_repository()
    {
        Screenshots.FolderFor("/tmp/artifacts", AppContext.BaseDirectory).Should().Be("/tmp/artifacts");

        var folder = Screenshots.FolderFor(null, AppContext.BaseDirectory);

        folder.Should().EndWith(Path.Combine("tests", "artifacts", "screenshots"));
        File.Exists(Path.Combine(folder, "..", "..", "..", "Platform.sln")).Should().BeTrue();
    }
}
