using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Platform.Blogging.Content;

namespace Platform.Blogging.Tests.Content;

public class HtmlSanitizerTests
{
    private static string Clean(string html) => HtmlSanitizer.Sanitize(html);

    [Fact]
    public void Event_handler_attributes_are_removed()
    {
        Clean("<img src=x onerror=alert(1)>").Should().Be("<img src=\"x\">");
        Clean("<p ONCLICK=\"alert(1)\" onmouseover='x'>hi</p>").Should().Be("<p>hi</p>");
    }

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">x</a>")]
    [InlineData("<a href=\" javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"jav&#x09;ascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"jav\tascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"&#106;avascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"&#x6A;avascript:\">x</a>")]
    [InlineData("<a href=\"&amp;#106;avascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"java&#0000;script:alert(1)\">x</a>")]
    [InlineData("<a href=\"\u200Bjavascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">x</a>")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>")]
    public void Dangerous_link_schemes_lose_the_href(string html)
    {
        Clean(html).Should().Be("<a>x</a>");
    }

    [Theory]
    [InlineData("<a href=\"javascript&colon;alert(1)\">x</a>")]
    [InlineData("<a href=\"javascript&#58;alert(1)\">x</a>")]
    [InlineData("<a href=\"java&Tab;script:alert(1)\">x</a>")]
    [InlineData("<a href=\"java&NewLine;script:alert(1)\">x</a>")]
    [InlineData("<a href=\"&Tab;javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"java\nscript:alert(1)\">x</a>")]
    [InlineData("<a href=\"java\rscript:alert(1)\">x</a>")]
    [InlineData("<a href=\"java\r\nscript:alert(1)\">x</a>")]
    [InlineData("<a href=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">x</a>")]
    [InlineData("<a href=\"data:image/svg+xml,&lt;svg onload=alert(1)&gt;\">x</a>")]
    [InlineData("<a xlink:href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\"javascript&amp;colon;alert(1)\">x</a>")]
    [InlineData("<a href=\"&amp;Tab;javascript&amp;colon;alert(1)\">x</a>")]
    public void Schemes_hidden_by_named_entities_newlines_or_svg_data_lose_the_href(string html)
    {
        string clean = Clean(html);
        Executables(clean).Should().BeEmpty();
        clean.Should().Be("<a>x</a>");
    }

    [Theory]
    [InlineData("<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">")]
    [InlineData("<img src=\"javascript&amp;colon;alert(1)\">")]
    public void Svg_data_and_double_encoded_image_sources_are_removed(string html)
    {
        string clean = Clean(html);
        Executables(clean).Should().BeEmpty();
        clean.Should().BeEmpty();
    }

    [Theory]
    [InlineData("<svg><use href=\"data:image/svg+xml;base64,PHN2ZyBpZD0ieCIgb25sb2FkPSJhbGVydCgxKSIvPg==#x\"></use></svg>")]
    [InlineData("<svg><use xlink:href=\"https://evil.example/x.svg#x\"></use></svg>")]
    [InlineData("<svg><a><animate attributeName=\"href\" values=\"javascript:alert(1)\"></animate><text x=\"20\" y=\"20\">x</text></a></svg>")]
    [InlineData("<svg><a><set attributeName=\"href\" to=\"javascript:alert(1)\"></set><text x=\"20\" y=\"20\">x</text></a></svg>")]
    [InlineData("<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">x</text></a></svg>")]
    [InlineData("<svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>")]
    [InlineData("<svg><foreignObject><iframe src=\"javascript:alert(1)\"></iframe></foreignObject></svg>")]
    [InlineData("<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">")]
    [InlineData("<math><mi><mglyph><svg><mtext><textarea><a title=\"</textarea><img src=x onerror=alert(1)>\">")]
    public void Svg_use_animation_xlink_and_foreign_object_vectors_leave_nothing_executable(string html)
    {
        string clean = Clean(html);
        Executables(clean).Should().BeEmpty();
        clean.Should().NotContainAny("<svg", "<use", "<animate", "<set", "foreignobject", "xlink", "onerror", "javascript:");
    }

    [Theory]
    [InlineData("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">")]
    [InlineData("<template><script>alert(1)</script></template>")]
    [InlineData("<template><noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript></template>")]
    [InlineData("<div><template><style></template><img src=x onerror=alert(1)></style></div>")]
    public void Noscript_and_template_parsing_tricks_leave_nothing_executable(string html)
    {
        string clean = Clean(html);
        Executables(clean).Should().BeEmpty();
        clean.Should().NotContainAny("<noscript", "<template", "<script", "<img", "onerror");
    }

    [Fact]
    public void Vectors_already_covered_above_leave_nothing_executable_either()
    {
        string[] vectors =
        [
            "<img src=x onerror=alert(1)>",
            "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
            "<a href=\"&amp;#106;avascript:alert(1)\">x</a>",
            "<a href=\"java&#0000;script:alert(1)\">x</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<template><img src=x onerror=alert(1)></template>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            "<p style=\"background:url(javascript:alert(1))\">x</p>",
            "<video src=\"/v.mp4\" controls autoplay onplay=\"x()\" poster=\"javascript:x\"></video>",
        ];
        foreach (string vector in vectors)
        {
            Executables(Clean(vector)).Should().BeEmpty(vector);
        }
    }

    [Fact]
    public void The_checker_itself_sees_what_a_browser_would_run()
    {
        Executables("<a href=\"java&Tab;script:alert(1)\">x</a>").Should().ContainSingle();
        Executables("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>").Should().ContainSingle();
        Executables("<svg><use href=\"#x\"></use></svg>").Should().HaveCount(2);
        Executables("<a href=\"/fine\" title=\"javascript:\">x</a><p>ok</p>").Should().BeEmpty();
    }

    [Theory]
    [InlineData("<img src=\"jav\tascript:alert(1)\">")]
    [InlineData("<img src=\"data:image/png;base64,iVBORw0KGgo=\">")]
    [InlineData("<img src=\"javascript:alert(1)\" onerror=\"alert(1)\">")]
    public void Images_with_dangerous_sources_are_removed(string html)
    {
        Clean(html).Should().BeEmpty();
    }

    [Theory]
    [InlineData("<svg onload=alert(1)><circle r=1></circle></svg>")]
    [InlineData("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>")]
    [InlineData("<form action=\"https://evil.example\"><input name=q><button>Go</button></form>")]
    [InlineData("<base href=\"https://evil.example/\">")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">")]
    [InlineData("<style>body{background:url(javascript:alert(1))}</style>")]
    [InlineData("<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>")]
    [InlineData("<object data=\"javascript:alert(1)\"></object>")]
    [InlineData("<embed src=\"https://evil.example/x.swf\">")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<SCRIPT SRC=https://evil.example/x.js></SCRIPT>")]
    [InlineData("<template><img src=x onerror=alert(1)></template>")]
    [InlineData("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>")]
    [InlineData("<link rel=stylesheet href=\"https://evil.example/x.css\">")]
    [InlineData("<textarea><img src=x onerror=alert(1)></textarea>")]
    [InlineData("<input type=\"text\" value=\"x\">")]
    public void Dangerous_elements_are_dropped_with_their_content(string html)
    {
        Clean(html).Should().BeEmpty();
    }

    [Fact]
    public void Style_attribute_is_removed_everywhere()
    {
        Clean("<p style=\"background:url(javascript:alert(1))\">x</p>").Should().Be("<p>x</p>");
        Clean("<td style=\"color:red\">x</td>").Should().NotContain("style");
    }

    [Fact]
    public void Uppercase_tags_and_attributes_are_normalised_and_filtered()
    {
        Clean("<P CLASS=\"note\" ONCLICK=\"x\">Hi <B>there</B></P>").Should().Be("<p class=\"note\">Hi <b>there</b></p>");
    }

    [Fact]
    public void Unknown_harmless_elements_are_unwrapped_keeping_text()
    {
        Clean("<center><font color=red>Hello <custom-tag>world</custom-tag></font></center>").Should().Be("Hello world");
    }

    [Fact]
    public void Empty_unknown_elements_disappear()
    {
        Clean("a<foo></foo>b").Should().Be("ab");
    }

    [Fact]
    public void Protocol_relative_link_is_allowed_as_external_and_gets_noopener()
    {
        Clean("<a href=\"//evil.com/x\">x</a>").Should().Be("<a href=\"//evil.com/x\" rel=\"noopener\">x</a>");
    }

    [Fact]
    public void Backslash_protocol_relative_link_counts_as_external()
    {
        Clean("<a href=\"/\\evil.com\">x</a>").Should().Be("<a href=\"/\\evil.com\" rel=\"noopener\">x</a>");
    }

    [Theory]
    [InlineData(" //evil.com/x")]
    [InlineData("/\t/evil.com/x")]
    [InlineData("/&#x0A;/evil.com/x")]
    [InlineData("HTTPS://evil.com/x")]
    public void Disguised_external_links_are_recognised_and_get_noopener(string href)
    {
        Clean($"<a href=\"{href}\">x</a>").Should().Contain("rel=\"noopener\"");
    }

    [Fact]
    public void External_link_rel_is_merged_with_existing_values()
    {
        Clean("<a href=\"https://example.com\" rel=\"NoFollow nofollow\">x</a>")
            .Should().Be("<a href=\"https://example.com\" rel=\"nofollow noopener\">x</a>");
    }

    [Fact]
    public void Target_blank_adds_noopener_and_noreferrer()
    {
        Clean("<a href=\"/local\" target=\"_blank\">x</a>")
            .Should().Be("<a href=\"/local\" target=\"_blank\" rel=\"noopener noreferrer\">x</a>");
    }

    [Fact]
    public void Unknown_target_values_are_removed()
    {
        Clean("<a href=\"/x\" target=\"evil-frame\">x</a>").Should().Be("<a href=\"/x\">x</a>");
    }

    [Theory]
    [InlineData("/path")]
    [InlineData("#fragment")]
    [InlineData("relative/page")]
    [InlineData("?q=1")]
    [InlineData("mailto:me@example.com")]
    public void Relative_and_mail_links_are_kept_without_rel(string href)
    {
        Clean($"<a href=\"{href}\">x</a>").Should().Be($"<a href=\"{href}\">x</a>");
    }

    [Fact]
    public void Image_dimensions_must_be_digits_or_percent()
    {
        Clean("<img src=\"/a.png\" width=\"50%\" height=\"100px\">").Should().Be("<img src=\"/a.png\" width=\"50%\">");
        Clean("<img src=\"/a.png\" width=\"1\" height=\"expression(alert(1))\">").Should().Be("<img src=\"/a.png\" width=\"1\">");
    }

    [Fact]
    public void Source_elements_need_http_or_relative_srcset()
    {
        Clean("<picture><source srcset=\"https://cdn.example/a.webp 1x, /b.webp 2x\" type=\"image/webp\"><img src=\"/a.png\"></picture>")
            .Should().Be("<picture><source srcset=\"https://cdn.example/a.webp 1x, /b.webp 2x\" type=\"image/webp\"><img src=\"/a.png\"></picture>");
        Clean("<picture><source srcset=\"javascript:alert(1)\"><img src=\"/a.png\"></picture>")
            .Should().Be("<picture><img src=\"/a.png\"></picture>");
    }

    [Fact]
    public void Checkbox_is_only_kept_as_a_disabled_task_list_item()
    {
        Clean("<ul><li><input type=\"checkbox\" disabled checked name=\"x\"> a</li></ul>")
            .Should().Be("<ul><li><input type=\"checkbox\" disabled=\"\" checked=\"\"> a</li></ul>");
        Clean("<p><input type=\"checkbox\" disabled> a</p>").Should().Be("<p> a</p>");
        Clean("<ul><li><input type=\"checkbox\"> a</li></ul>").Should().Be("<ul><li> a</li></ul>");
    }

    [Fact]
    public void Media_keeps_controls_but_not_autoplay()
    {
        Clean("<video src=\"/v.mp4\" controls autoplay onplay=\"x()\" poster=\"javascript:x\"></video>")
            .Should().Be("<video src=\"/v.mp4\" controls=\"\"></video>");
    }

    [Fact]
    public void Enumerated_attribute_values_are_checked_and_lower_cased()
    {
        Clean("<img src=\"/a.png\" loading=\"LAZY\" dir=\"sideways\">").Should().Be("<img src=\"/a.png\" loading=\"lazy\">");
    }

    [Fact]
    public void Comments_are_removed()
    {
        Clean("a<!-- <img src=x onerror=alert(1)> -->b").Should().Be("ab");
    }

    [Fact]
    public void Blog_elements_and_attributes_are_kept()
    {
        string html = "<details open=\"\"><summary>More</summary><p><time datetime=\"2025-08-26\">today</time>"
            + " <kbd>Ctrl</kbd> <sub>2</sub> <abbr title=\"x\">X</abbr></p></details>"
            + "<ol start=\"3\" reversed=\"\"><li>a</li></ol><table><tr><td colspan=\"2\" rowspan=\"x\">c</td></tr></table>";

        Clean(html).Should().Be(
            "<details open=\"\"><summary>More</summary><p><time datetime=\"2025-08-26\">today</time>"
            + " <kbd>Ctrl</kbd> <sub>2</sub> <abbr title=\"x\">X</abbr></p></details>"
            + "<ol start=\"3\" reversed=\"\"><li>a</li></ol><table><tbody><tr><td colspan=\"2\">c</td></tr></tbody></table>");
    }

    [Fact]
    public void Text_is_escaped_in_output()
    {
        Clean("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>").Should().Be("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
    }

    [Fact]
    public void Output_is_stable_when_sanitised_again()
    {
        string[] inputs =
        [
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<p><table><tr><td>x</td></tr></table></p><a href=\"//x\">y</a>",
            "<div><select><option><img src=x onerror=alert(1)></option></select></div>",
        ];
        foreach (string input in inputs)
        {
            string once = Clean(input);
            Clean(once).Should().Be(once);
            once.Should().NotContainAny("onerror", "<style", "<math", "<select");
        }
    }

    private static IReadOnlyList<string> Executables(string html) => ExecutableHtml.InFragment(html);
}
