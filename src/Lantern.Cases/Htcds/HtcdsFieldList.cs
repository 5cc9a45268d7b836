namespace Lantern.Cases.Htcds;

/// <summary>Reads the standard's field list (section, status, core, field, label, type, values) from the embedded CSV.</summary>
internal static class HtcdsFieldList
{
    private const string Resource = "Lantern.Cases.Htcds.fields.csv";

    private static readonly Dictionary<string, HtcdsFieldType> Types = new(StringComparer.Ordinal)
    {
        ["Text"] = HtcdsFieldType.Text,
        ["Long Text"] = HtcdsFieldType.LongText,
        ["Date"] = HtcdsFieldType.Date,
        ["Number"] = HtcdsFieldType.Number,
        ["Geolocation"] = HtcdsFieldType.Geolocation,
        ["Checkbox"] = HtcdsFieldType.Checkbox,
        ["Picklist"] = HtcdsFieldType.Picklist,
        ["Multiselect Picklist"] = HtcdsFieldType.MultiselectPicklist,
        ["Picklist or Text"] = HtcdsFieldType.PicklistOrText,
    };

    public static List<HtcdsField> Load()
    {
        using var stream = typeof(HtcdsFieldList).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is not embedded in Lantern.Cases.");
        using var text = new StreamReader(stream);
        var reader = new CsvRecordReader(text, HtcdsLimits.Default);
        var cells = new List<string>();
        reader.TryRead(cells);
        var fields = new List<HtcdsField>();
        while (reader.TryRead(cells))
        {
            fields.Add(Field(cells));
        }

        return fields;
    }

    private static HtcdsField Field(List<string> cells)
    {
        var (name, type, values) = (cells[3], cells[5], cells[6]);
        var field = new HtcdsField
        {
            Name = name,
            Label = cells[4],
            Section = cells[0],
            Status = cells[1] == "DEPRECATED" ? HtcdsFieldStatus.Deprecated : HtcdsFieldStatus.Draft,
            IsCore = cells[2] == "Core",
            Type = type.StartsWith("Lookup", StringComparison.Ordinal) ? HtcdsFieldType.Lookup
                : Types.TryGetValue(type, out var known) ? known
                : throw new InvalidOperationException($"The HTCDS field list gives {name} a type Lantern does not know: '{type}'."),
            TypeAsWritten = type,
        };

        // Some fields name an outside code list in place of values ("Use ISO 3166 country codes standard").
        if (values.StartsWith("Use ISO 3166", StringComparison.Ordinal))
        {
            return field with { Codes = HtcdsCodeList.Country };
        }

        if (values.StartsWith("Use ISO 639", StringComparison.Ordinal))
        {
            return field with { Codes = HtcdsCodeList.Language };
        }

        // spl_Type ends with a stray separator; an empty name is no value.
        var names = values.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (name == MethodsOfControl.FieldName)
        {
            names.Add(MethodsOfControl.RestrictsMovement);
        }

        return field with { Values = [.. names.Select(value => new HtcdsValue(value, ValueLabels.For(value)))] };
    }
}
