using Lantern.Screening.Contacts.Phones;
using Lantern.Screening.Contacts.Wallets;

namespace Lantern.Screening.Contacts;

/// <summary>
/// Finds the contacts in an ad's text: phone numbers, e-mail addresses, URLs, social media
/// handles and cryptocurrency wallets, however they are written. One pass over the text: at the
/// start of each word the scanners are asked in turn (e-mail, URL, wallet, labelled handle, phone
/// number) and the first that recognises something takes it, so nothing is found twice.
/// </summary>
public static class ContactExtractor
{
    /// <summary>Appends every contact found in <paramref name="text"/> to <paramref name="found"/>, in order of position.</summary>
    /// <param name="region">
    /// ISO 3166-1 alpha-2 code (e.g. "GB") of the country whose national phone numbers the text
    /// uses. Null, or a region without a numbering plan here, means only international numbers
    /// (+CC, 00CC, or a country code without + that validates) and national numbers that only
    /// one known country's plan accepts.
    /// </param>
    public static void Extract(string text, string? region, List<Entity> found)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(found);
        var scan = new Scan(text, NumberingPlans.Find(region), found);
        scan.Run();
    }

    /// <summary>The state of one pass: where phone runs have already been read up to.</summary>
    private ref struct Scan(string text, NumberingPlan? region, List<Entity> found)
    {
        /// <summary>
        /// The end of the last phone run read. Every number in it has been found, so words inside
        /// it are not read as a run again (which would be quadratic on long runs of digits).
        /// </summary>
        private int phonesScannedUntil;

        public void Run()
        {
            var at = 0;
            while (at < text.Length)
            {
                var c = text[at];
                if (ContactChars.IsWordChar(c))
                {
                    at = AtWord(at);
                    continue;
                }

                var end = c switch
                {
                    '@' => HandleScanner.TryAddMention(text, at, found),
                    '+' or '\uFF0B' or '(' => TryPhone(at),
                    >= '\u2460' => DigitSymbols.IsDigitAt(text, at) ? TryPhone(at) : -1,
                    _ => -1,
                };
                at = end > at ? end : at + 1;
            }
        }

        /// <summary>Tries every scanner at the word that starts at <paramref name="start"/>; returns where to go on.</summary>
        private int AtWord(int start)
        {
            var wordEnd = start + 1;
            while (wordEnd < text.Length && ContactChars.IsWordChar(text[wordEnd]))
            {
                wordEnd++;
            }

            // Each scanner first says, from a character or two, whether it could match here at all.
            var end = -1;
            if (EmailScanner.MayFollow(text, wordEnd))
            {
                end = EmailScanner.TryAdd(text, start, found);
            }

            if (end < 0 && UrlScanner.MayStartWith(text, wordEnd))
            {
                end = UrlScanner.TryAdd(text, start, found);
            }

            if (end < 0 && WalletScanner.MayBe(wordEnd - start) && WalletScanner.TryAdd(text, start, wordEnd, found))
            {
                end = wordEnd;
            }

            if (end < 0 && HandleScanner.MayLabel(text, wordEnd) && char.IsLetter(text[start]))
            {
                end = HandleScanner.TryAddLabelled(text, start, wordEnd, found);
            }

            if (end < 0)
            {
                var phoneStart = PhoneStartInWord(start, wordEnd);
                end = phoneStart < 0 ? -1 : TryPhone(phoneStart);
            }

            return end > start ? end : wordEnd;
        }

        /// <summary>
        /// Where a phone number could start in the word: at its first character when it is a
        /// digit, a spelled-out digit or O/l/I before a digit; after a label run into the number
        /// ("Tel07700..."); -1 otherwise.
        /// </summary>
        private readonly int PhoneStartInWord(int start, int wordEnd)
        {
            var first = text[start];
            if (!char.IsLetter(first))
            {
                return start;
            }

            if (DigitWords.MatchStart(text.AsSpan(start, wordEnd - start), out _) > 0)
            {
                return start;
            }

            // Ordinary words end in a letter and do not start with O, l or I: they are all letters,
            // so "double" or "triple" is the only way left for them to begin a number.
            var startsWithDigitLetter = DigitSymbols.FromLetter(first) >= 0;
            if (!startsWithDigitLetter && char.IsLetter(text[wordEnd - 1]))
            {
                return DigitWords.RepeatCount(text.AsSpan(start, wordEnd - start)) > 0 ? start : -1;
            }

            // Letters running into digits: "double7", "O7700...", "Tel07700...".
            var lettersEnd = ContactChars.EndOfLetters(text, start);
            if (DigitWords.RepeatCount(text.AsSpan(start, lettersEnd - start)) > 0)
            {
                return start;
            }

            if (lettersEnd >= wordEnd || !DigitSymbols.IsDigitAt(text, lettersEnd))
            {
                return -1;
            }

            return startsWithDigitLetter ? start : lettersEnd;
        }

        private int TryPhone(int start)
        {
            if (start < phonesScannedUntil)
            {
                return -1;
            }

            var end = PhoneScanner.Scan(text, start, region, found, out var scannedUntil);
            phonesScannedUntil = scannedUntil;
            return end;
        }
    }
}
