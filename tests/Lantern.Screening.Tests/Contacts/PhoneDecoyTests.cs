using Lantern.Screening.Contacts;

namespace Lantern.Screening.Tests.Contacts;

/// <summary>Numbers in ads that are not phone numbers, in every region with a plan.</summary>
public sealed class PhoneDecoyTests
{
    public static readonly TheoryData<string> Regions = ["GB", "US", "CA", "IT", "GR", "ID", "DE", "FR", "ES", "NL"];

    private static readonly string[] Decoys =
    [
        // Prices.
        "$300", "300 EUR", "€1.500", "1,200/month", "£ 250 per hour", "€ 1.500,00", "Rp 1.500.000", "150 roses",
        "2.500.000 IDR", "USD 1200 / night", "300$ 1h 500$ 2h", "1.200 €",
        // Ages.
        "22 years old", "age 19", "19yo", "aged 21", "I am 20 y.o.", "25 anni",
        // Dates.
        "2024-03-01", "01/03/2024", "1.3.2024", "01.03.24", "03/01/2024 10:30", "01 03 2024", "12-25-2023",
        // Times.
        "10:30", "10.30pm", "10.30 pm", "22:00-06:00", "from 9 to 23 h", "10am - 11pm",
        // Measurements.
        "170 cm", "36-24-36", "5'6", "60 kg", "34DD", "90-60-90", "1.70 m 55 kg",
        // Postcodes.
        "SW1A 1AA", "10115 Berlin", "75008 Paris", "1012 AB Amsterdam", "00184 Roma",
        // Around the clock, percentages, years.
        "24/7", "100%", "in 2023", "since 1999", "2019-2024",
        // Order and reference numbers.
        "Order #48213377", "ref 612345678", "invoice 0612345678", "id 12345678901234567890",
        // Lists: rates and counting.
        "rates 150 200 300 500 1000", "pics 1 2 3 4 5 6 7 8 9 10",
    ];

    [Theory]
    [MemberData(nameof(Regions))]
    public void No_decoy_is_taken_for_a_phone_number(string region)
    {
        foreach (var decoy in Decoys)
        {
            Extracted.Values(EntityType.Phone, $"New in town {decoy} kisses", region)
                .ShouldBeEmpty($"'{decoy}' in {region}");
        }
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public void Decoys_run_together_yield_no_phone_number(string region)
    {
        var ad = "Hot girl 22 years old, 170 cm, 36-24-36, 60 kg. Available 24/7, 10:30 - 22:00. "
            + "Price $300/hour, €1.500 per night, 1,200/month. Since 01/03/2024. 100% real. Order #48213377";

        Extracted.Values(EntityType.Phone, ad, region).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("GB", "Age 22, 170 cm, call 07700 900123 24/7", "+447700900123")]
    [InlineData("GB", "$300 07700 900123", "+447700900123")]
    [InlineData("GB", "07700 900123 300 EUR", "+447700900123")]
    [InlineData("GB", "Price 1.200 € 07700 900123", "+447700900123")]
    [InlineData("GB", "01/03/2024 07700 900123", "+447700900123")]
    [InlineData("US", "22 years old (212) 555-0123", "+12125550123")]
    [InlineData("US", "Only $200! 212-555-0123", "+12125550123")]
    [InlineData("US", "call/text 702-555-0123 $200/hr", "+17025550123")]
    [InlineData("FR", "le 01.03.2024 au 06.12.34.56.78", "+33612345678")]
    [InlineData("ES", "22 años 612 345 678 100%", "+34612345678")]
    [InlineData("DE", "10115 Berlin 030 1234567", "+49301234567")]
    [InlineData("IT", "disponibile h24 333 1234567 per appuntamenti", "+393331234567")]
    [InlineData("IT", "Tel. 333 1234567 h24, 25 anni", "+393331234567")]
    [InlineData("ID", "Rp 500.000 per jam, WA 0812-3456-7890", "+6281234567890")]
    public void A_decoy_next_to_a_phone_number_is_not_swallowed_into_it(string region, string text, string e164)
    {
        var phone = Extracted.OfType(EntityType.Phone, text, region).ShouldHaveSingleItem();

        phone.Value.ShouldBe(e164);
    }
}
