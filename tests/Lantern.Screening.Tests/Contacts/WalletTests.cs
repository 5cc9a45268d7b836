using System.Text;
using Lantern.Screening.Contacts;
using Lantern.Screening.Contacts.Wallets;

namespace Lantern.Screening.Tests.Contacts;

/// <summary>
/// Known-valid addresses (the Bitcoin genesis block's, the BIP-173/BIP-350 and EIP-55 test vectors)
/// and corrupted copies, which the checksums must reject.
/// </summary>
public sealed class WalletTests
{
    [Theory]
    [InlineData("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")]
    [InlineData("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")]
    [InlineData("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")]
    [InlineData("bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y", "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y")]
    [InlineData("BC1SW50QGDZ25J", "bc1sw50qgdz25j")]
    [InlineData("bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs", "bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs")]
    [InlineData("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0")]
    [InlineData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")]
    [InlineData("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", "0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359")]
    [InlineData("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xdbf03b407c01e7cd3cbea99509d93f8dddc8c6fb")]
    [InlineData("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb", "0xd1220a0cf47c7b9be7a2e6ba89f429762e7b9adb")]
    [InlineData("0x52908400098527886e0f7030069857d2e4169ee7", "0x52908400098527886e0f7030069857d2e4169ee7")]
    [InlineData("0X8617E340B3D01FA5F11F306F4090FD50E238070D", "0x8617e340b3d01fa5f11f306f4090fd50e238070d")]
    [InlineData("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")]
    public void Valid_addresses_are_wallets(string address, string value)
    {
        var wallet = Extracted.OfType(EntityType.Wallet, $"pay to {address} thanks").ShouldHaveSingleItem();

        wallet.Value.ShouldBe(value);
        wallet.Evidence.Text.ShouldBe(address);
    }

    [Theory]
    // One character changed in a valid address.
    [InlineData("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb")]
    [InlineData("1A1zP1eP5QGefi2DMPTfTL5SLmv7DjvfNa")]
    [InlineData("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz")]
    [InlineData("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3")]
    [InlineData("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u")]
    [InlineData("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5")]
    [InlineData("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")]
    [InlineData("0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")]
    // BIP-350's invalid SegWit addresses.
    [InlineData("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd")]
    [InlineData("BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL")]
    [InlineData("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh")]
    [InlineData("bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4")]
    [InlineData("BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R")]
    [InlineData("bc1pw5dgrnzv")]
    [InlineData("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav")]
    [InlineData("BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P")]
    [InlineData("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf")]
    [InlineData("bc1gmk9yu")]
    // Testnet and the wrong prefix are not wallets for payment here.
    [InlineData("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7")]
    [InlineData("tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut")]
    // Random strings of the right shape.
    [InlineData("0x12345678901234567890123456789012345678901")]
    [InlineData("TXyzAbcDefGhiJkLmNoPqRsTuVwXyZ1234")]
    public void Corrupted_and_random_addresses_are_not_wallets(string address)
    {
        Extracted.Values(EntityType.Wallet, $"pay to {address} thanks").ShouldBeEmpty();
    }

    [Fact]
    public void Mixed_case_bech32_is_rejected()
    {
        Extracted.Values(EntityType.Wallet, "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq bc1Qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
            .ShouldBeEmpty();
    }

    [Theory]
    [InlineData("", "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")]
    [InlineData("abc", "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")]
    public void Keccak256_matches_its_reference_values(string message, string expected)
    {
        Hash(Encoding.ASCII.GetBytes(message)).ShouldBe(expected);
    }

    [Fact]
    public void Keccak256_absorbs_messages_longer_than_one_block()
    {
        // From an independent implementation checked against SHA3-256, which differs only in padding.
        Hash(Encoding.ASCII.GetBytes(new string('a', 200))).ShouldBe("96ea54061def936c4be90b518992fdc6f12f535068a256229aca54267b4d084d");
    }

    private static string Hash(byte[] message)
    {
        var hash = new byte[Keccak256.HashLength];
        Keccak256.Hash(message, hash);
        return Convert.ToHexStringLower(hash);
    }
}
