using Lantern.Web.Features.Surveys.XlsForms;

namespace Lantern.Web.Tests.Features.Surveys.Transfer;

public sealed class XlsFormColumnsTests
{
    [Theory]
    [InlineData(0.0, 200.0, ". >= 0 and . <= 200")]
    [InlineData(-1.5, null, ". >= -1.5")]
    [InlineData(null, 7.0, ". <= 7")]
    public void Bounds_are_written_as_a_constraint_that_reads_back_to_the_same_bounds(double? minimum, double? maximum, string constraint)
    {
        var (min, max) = ((decimal?)minimum, (decimal?)maximum);

        XlsFormColumns.BoundsConstraint(min, max).ShouldBe(constraint);
        XlsFormColumns.TryReadBounds(constraint, out var readMin, out var readMax).ShouldBeTrue();
        (readMin, readMax).ShouldBe((min, max));
    }

    [Theory]
    [InlineData(". > 0")]
    [InlineData(". >= 0 or . <= 5")]
    [InlineData(". >= 0. <= 5")]
    [InlineData("regex(., '^[0-9]+$')")]
    [InlineData(". >= ${other}")]
    public void Any_other_constraint_is_not_read_as_bounds(string constraint) =>
        XlsFormColumns.TryReadBounds(constraint, out _, out _).ShouldBeFalse();

    [Theory]
    [InlineData("English (en)", "en")]
    [InlineData("Italiano (it)", "it")]
    [InlineData("en", "en")]
    [InlineData("Português (pt-BR)", "pt-br")]
    [InlineData("English", null)]
    [InlineData("", null)]
    public void A_language_is_known_by_its_code(string text, string? code) => XlsFormLanguages.CodeOf(text).ShouldBe(code);
}
