using System.Text.Json;
using System.Text.Json.Nodes;
using Lantern.Cases.Protection;

namespace Lantern.Cases.Tests.Protection;

/// <summary>The key file is made, read and rotated safely, and a damaged one is refused with a message naming the file and the fault.</summary>
public sealed class FieldKeyFileTests : IDisposable
{
    private static readonly string ValidKey = Convert.ToBase64String(new byte[32]);

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_created_file_loads_as_the_same_ring()
    {
        var path = _directory.File("field-keys.json");

        var created = FieldKeyRing.CreateFile(path);
        var loaded = FieldKeyRing.Load(path);

        loaded.Current.Id.ShouldBe(1u);
        loaded.Keys.Count.ShouldBe(1);
        loaded.Current.Material.ShouldBe(created.Current.Material);
        loaded.IndexKey.ShouldBe(created.IndexKey);
        loaded.Current.Created.ShouldBe(created.Current.Created);
        Directory.GetFiles(_directory.Path).ShouldBe([path]); // nothing left aside
    }

    [Fact]
    public void A_created_file_is_readable_by_its_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // file modes are a Unix matter
        }

        var path = _directory.File("field-keys.json");

        FieldKeyRing.CreateFile(path);
        FieldKeyRing.RotateFile(path);

        File.GetUnixFileMode(path).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    public void An_existing_file_is_never_replaced_by_a_new_one()
    {
        var path = _directory.File("field-keys.json");
        var first = FieldKeyRing.CreateFile(path);

        var error = Should.Throw<FieldKeyFileException>(() => FieldKeyRing.CreateFile(path));

        error.Message.ShouldContain(path);
        error.Message.ShouldContain("exists already");
        FieldKeyRing.Load(path).Current.Material.ShouldBe(first.Current.Material);
    }

    [Fact]
    public void Rotating_the_file_adds_a_current_key_and_keeps_the_old_ones_and_the_index_key()
    {
        var path = _directory.File("field-keys.json");
        var first = FieldKeyRing.CreateFile(path);

        FieldKeyRing.RotateFile(path);
        var loaded = FieldKeyRing.Load(path);

        loaded.Keys.Select(k => k.Id).ShouldBe([1u, 2u]);
        loaded.Current.Id.ShouldBe(2u);
        loaded.Keys[0].Material.ShouldBe(first.Current.Material);
        loaded.Current.Material.ShouldNotBe(first.Current.Material);
        loaded.IndexKey.ShouldBe(first.IndexKey);
    }

    [Fact]
    public void The_file_holds_no_derived_keys()
    {
        var path = _directory.File("field-keys.json");
        var ring = FieldKeyRing.CreateFile(path);
        var text = File.ReadAllText(path);

        text.ShouldContain(Convert.ToBase64String(ring.Current.Material));
        text.ShouldNotContain(Convert.ToBase64String(ring.Current.EncryptionKey));
        text.ShouldNotContain(Convert.ToBase64String(ring.IndexKey));
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var path = _directory.File("nowhere.json");

        var error = Should.Throw<FieldKeyFileException>(() => FieldKeyRing.Load(path));

        error.Message.ShouldBe($"The field key file '{path}' does not exist.");
        error.FilePath.ShouldBe(path);
    }

    [Fact]
    public void A_directory_is_not_a_key_file()
    {
        Should.Throw<FieldKeyFileException>(() => FieldKeyRing.Load(_directory.Path)).Message.ShouldContain("is a directory");
    }

    [Fact]
    public void A_file_cannot_be_created_in_a_missing_directory()
    {
        var path = _directory.File(Path.Combine("missing", "keys.json"));

        Should.Throw<FieldKeyFileException>(() => FieldKeyRing.CreateFile(path)).Message.ShouldContain("directory does not exist");
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData(" \n", "is empty")]
    [InlineData("this is not json", "is not valid JSON")]
    [InlineData("[1, 2]", "is not a JSON object")]
    [InlineData("{}", "does not say \"format\"")]
    [InlineData("{\"format\": \"lantern-field-keys/1\"}", "has no \"keys\" list")]
    [InlineData("{\"format\": \"lantern-field-keys/1\", \"current\": 1, \"keys\": []}", "has no keys")]
    public void A_file_without_a_usable_shape_is_refused_by_name(string content, string fault)
    {
        var path = _directory.Write("field-keys.json", content);

        var error = Should.Throw<FieldKeyFileException>(() => FieldKeyRing.Load(path));

        error.Message.ShouldContain($"'{path}'");
        error.Message.ShouldContain(fault);
    }

    [Fact]
    public void A_truncated_file_is_refused_with_its_position_and_none_of_its_content()
    {
        var path = _directory.File("field-keys.json");
        FieldKeyRing.CreateFile(path);
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text[..(text.Length * 2 / 3)]);

        var error = Should.Throw<FieldKeyFileException>(() => FieldKeyRing.Load(path));

        error.Message.ShouldContain($"'{path}' is not valid JSON, or is truncated (line");
        error.InnerException.ShouldBeNull();
    }

    [Theory]
    [InlineData("short", "key 1 of 16 bytes; a key must be 32 bytes")]
    [InlineData("notbase64", "key 1 whose \"key\" is not valid base64")]
    [InlineData("nokey", "key 1 without its \"key\"")]
    [InlineData("duplicate", "two keys with id 1")]
    [InlineData("nocurrent", "does not say which key is \"current\"")]
    [InlineData("unknowncurrent", "names key 7 as current, but has no key 7")]
    [InlineData("currentnotanumber", "has a \"current\" that is not a key id")]
    [InlineData("badid", "key number 1 in \"keys\" without a whole-number \"id\"")]
    [InlineData("zeroid", "key number 1 in \"keys\" without a whole-number \"id\" of 1 or more")]
    [InlineData("nodate", "key 1 without a valid \"created\" date")]
    [InlineData("noindex", "has no \"index\" key")]
    [InlineData("shortindex", "the index key of 31 bytes")]
    public void A_file_with_a_bad_key_is_refused_naming_the_file_and_the_fault(string fault, string message)
    {
        var file = ValidFile();
        var key = file["keys"]![0]!;
        switch (fault)
        {
            case "short": key["key"] = Convert.ToBase64String(new byte[16]); break;
            case "notbase64": key["key"] = "%%%not base64%%%"; break;
            case "nokey": key.AsObject().Remove("key"); break;
            case "duplicate": file["keys"]!.AsArray().Add(JsonNode.Parse(key.ToJsonString())); break;
            case "nocurrent": file.Remove("current"); break;
            case "unknowncurrent": file["current"] = 7; break;
            case "currentnotanumber": file["current"] = "two"; break;
            case "badid": key["id"] = "one"; break;
            case "zeroid": key["id"] = 0; break;
            case "nodate": key["created"] = "yesterday"; break;
            case "noindex": file.Remove("index"); break;
            case "shortindex": file["index"]!["key"] = Convert.ToBase64String(new byte[31]); break;
        }

        var path = _directory.Write("field-keys.json", file.ToJsonString());

        var error = Should.Throw<FieldKeyFileException>(() => FieldKeyRing.Load(path));

        error.Message.ShouldStartWith($"The field key file '{path}' ");
        error.Message.ShouldContain(message);
    }

    [Fact]
    public void A_valid_file_written_by_hand_loads()
    {
        var file = ValidFile();
        file["keys"]!.AsArray().Add(new JsonObject { ["id"] = 2, ["created"] = "2026-02-01T00:00:00Z", ["key"] = Convert.ToBase64String(Enumerable.Repeat((byte)7, 32).ToArray()) });
        file["current"] = 2;

        var ring = FieldKeyRing.Load(_directory.Write("field-keys.json", file.ToJsonString()));

        ring.Current.Id.ShouldBe(2u);
        ring.Keys.Count.ShouldBe(2);
        ring.Current.Created.ShouldBe(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Key_ring_messages_and_names_hold_no_key_material()
    {
        var ring = FieldKeyRing.CreateNew().WithNewCurrentKey();

        ring.ToString().ShouldBe("field key ring: 2 key(s), current 2");
        ring.Current.ToString().ShouldStartWith("field key 2 (created ");
    }

    [Fact]
    public void The_current_key_cannot_be_removed_but_an_old_one_can()
    {
        var ring = FieldKeyRing.CreateNew().WithNewCurrentKey();

        Should.Throw<InvalidOperationException>(() => ring.WithoutKey(2));
        ring.WithoutKey(1).Keys.Select(k => k.Id).ShouldBe([2u]);
        ring.WithoutKey(1).WithNewCurrentKey().Current.Id.ShouldBe(3u);
    }

    private static JsonObject ValidFile() => new()
    {
        ["format"] = "lantern-field-keys/1",
        ["current"] = 1,
        ["index"] = new JsonObject { ["created"] = "2026-01-01T00:00:00Z", ["key"] = ValidKey },
        ["keys"] = new JsonArray(new JsonObject { ["id"] = 1, ["created"] = "2026-01-01T00:00:00Z", ["key"] = ValidKey }),
    };
}
