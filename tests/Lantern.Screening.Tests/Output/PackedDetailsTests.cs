using System.Buffers;
using Lantern.Screening.Contacts;
using Lantern.Screening.Indicators;
using Lantern.Screening.Output;
using Lantern.Screening.Text;

namespace Lantern.Screening.Tests.Output;

public sealed class PackedDetailsTests
{
    [Fact]
    public void Each_entity_and_fact_comes_back_exactly_as_packed()
    {
        Entity[] entities =
        [
            new(EntityType.Phone, "+447700900123", new Evidence(10, 26, "07700 9OO 123")),
            new(EntityType.Email, "ана@example.рф", new Evidence(40, 55, "ана at example.рф")),
            new(EntityType.Handle, "telegram:\ud83d", new Evidence(60, 70, "tg \ud83d")),
        ];
        Fact[] facts =
        [
            new(FactKind.Age, "19", new Evidence(80, 86, "19 y.o")),
            new(FactKind.Place, "milano", Evidence.OfField("location", "Milano")),
            new(FactKind.Name, "", new Evidence(0, 0, "")),
        ];

        var output = new ArrayBufferWriter<byte>();
        output.Write("prefix"u8);
        PackedDetails.Write(entities, facts, output);
        var packed = output.WrittenSpan["prefix".Length..];

        for (var i = 0; i < entities.Length; i++)
        {
            PackedDetails.EntityValue(packed, i).ShouldBe(entities[i].Value);
            PackedDetails.EntityEvidence(packed, i).ShouldBe(entities[i].Evidence);
        }

        for (var i = 0; i < facts.Length; i++)
        {
            PackedDetails.FactEvidence(packed, i).ShouldBe(facts[i].Evidence);
        }

        Should.Throw<ArgumentOutOfRangeException>(() => PackedDetails.FactEvidence(output.WrittenSpan["prefix".Length..], facts.Length));
    }

    [Fact]
    public void An_ad_without_contacts_or_facts_has_no_item_to_read()
    {
        var output = new ArrayBufferWriter<byte>();
        PackedDetails.Write([], [], output);

        Should.Throw<ArgumentOutOfRangeException>(() => PackedDetails.EntityEvidence(output.WrittenSpan, 0));
        Should.Throw<ArgumentOutOfRangeException>(() => PackedDetails.FactEvidence(output.WrittenSpan, 0));
    }
}
