/// Turns raw phone cells into E.164 numbers (`+4930123456`), reading national numbers in the
/// record's country or a default region.
///
/// How a digit string (see `PhoneDigitScanner` for what is read as digits) becomes E.164:
/// 1. `+` or the international prefix (`00`; `011` in the US) starts a number with its country
///    code. After a code whose country dials a trunk `0` (DE, AT, CH, NL, FR, GB), leading zeros are
///    dropped: `+49 030 …` and `+49 (0)30 …` are `+4930…`. People also write `+0049 …`: handled.
/// 2. The region's trunk prefix starts a national number: `030 1234567` in DE is `+49301234567`;
///    in the US a 10-digit number, or 11 digits starting with `1`, is `+1…`.
/// 3. Anything else lost its prefix, usually in a spreadsheet that read the number as a number:
///    - in DE, 10–11 digits starting `15`, `16`, `17` are a mobile number without its `0`
///      (`15234787466` → `+4915234787466`);
///    - digits starting with the region's own country code and followed by a national number of
///      a valid length are international without `+` (`4930123456` → `+4930123456`); German
///      numbers vary in length and `49` also starts German area codes (`0491` …): the country
///      code wins;
///    - digits too long for a national number of the region that start with another known
///      country code are that country's number without `+`;
///    - else the digits are a national number without its trunk prefix.
///
/// Length is not validated beyond E.164's bounds, since German numbers vary in length: fewer than
/// six digits or more than fifteen give nil. Where step 3 guesses the country wrongly, `lastDigits`
/// (the last nine digits) still agrees with the correct reading.
///
/// A pure value: one instance may be shared by any number of threads.
public struct PhoneNormalizer: Sendable {
    /// The region for records whose country is empty or not one of `PhoneRegion`'s.
    public var defaultRegion: PhoneRegion

    /// Creates a normaliser that reads national numbers in `defaultRegion` unless told otherwise.
    public init(defaultRegion: PhoneRegion = .germany) {
        self.defaultRegion = defaultRegion
    }

    /// The E.164 form of `raw`, reading national numbers in the region `country` names (an ISO code
    /// or a country name in English or German; see `PhoneRegion.init(country:)`), else in the
    /// default region. Nil when the cell holds fewer than six digits or no plausible number.
    public func normalize(_ raw: String, country: String?) -> NormalizedPhone? {
        normalize(raw, region: country.flatMap(PhoneRegion.init(country:)) ?? defaultRegion)
    }

    /// The E.164 form of `raw`, reading national numbers in the default region.
    public func normalize(_ raw: String) -> NormalizedPhone? {
        normalize(raw, region: defaultRegion)
    }

    /// The E.164 form of `raw`, reading national numbers in `region`.
    public func normalize(_ raw: String, region: PhoneRegion) -> NormalizedPhone? {
        e164(raw, region: region).map(NormalizedPhone.init(e164:))
    }

    /// `normalize(_:country:)`'s E.164 string alone. The link stage compares E.164 only and
    /// normalises every distinct number (about 900,000 in a million records): building
    /// `NormalizedPhone.lastDigits` for each cost half as much again as reading the number.
    public func e164(_ raw: String, country: String?) -> String? {
        e164(raw, region: country.flatMap(PhoneRegion.init(country:)) ?? defaultRegion)
    }

    /// `normalize(_:region:)`'s E.164 string alone.
    public func e164(_ raw: String, region: PhoneRegion) -> String? {
        var raw = raw
        return raw.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.workspace) { buffer in
                Self.e164(bytes, region: region, workspace: buffer).map { String(decoding: $0, as: UTF8.self) }
            }
        }
    }

    /// Appends the E.164 form of the cell `bytes` (UTF-8) read in `region` to `keys` as one key and
    /// returns true; appends nothing and returns false where ``e164(_:region:)`` gives nil. For
    /// callers that keep numbers as bytes and must not pay for a `String` per cell (not generic
    /// over the destination: unspecialised across modules, a generic looked up its metadata for
    /// every number).
    public func appendE164(_ bytes: UnsafeBufferPointer<UInt8>, region: PhoneRegion, to keys: inout KeyArena) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.workspace) { buffer in
            guard let number = Self.e164(bytes, region: region, workspace: buffer) else { return false }
            keys.append(number)
            return true
        }
    }

    /// Room for the scanned digits and the E.164 number (`+` and at most fifteen digits).
    private static let workspace = PhoneDigitScanner.capacity + 16

    /// The E.164 number of `bytes`, written into the end of `workspace`.
    private static func e164(_ bytes: UnsafeBufferPointer<UInt8>, region: PhoneRegion,
                             workspace: UnsafeMutableBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        let digits = UnsafeMutableBufferPointer(rebasing: workspace[0..<PhoneDigitScanner.capacity])
        let output = UnsafeMutableBufferPointer(rebasing: workspace[PhoneDigitScanner.capacity...])
        guard let scan = PhoneDigitScanner.scan(bytes, into: digits), scan.count >= 6,
            let length = e164(UnsafeBufferPointer(rebasing: digits[0..<scan.count]), hasPlus: scan.hasPlus,
                              region: region, into: output)
        else { return nil }
        return UnsafeBufferPointer(rebasing: output[0..<length])
    }

    private static let zero = UInt8(ascii: "0")

    /// Writes the E.164 number of `digits` into `output` and returns its length.
    private static func e164(_ digits: UnsafeBufferPointer<UInt8>, hasPlus: Bool, region: PhoneRegion,
                             into output: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var digits = digits
        if hasPlus || startsWith(digits, "00") {
            if startsWith(digits, "00") { digits = UnsafeBufferPointer(rebasing: digits.dropFirst(2)) }
            if digits.first != zero { return international(digits, into: output) }
            // `+0 30 …`: a stray plus before a national number.
        } else if region == .unitedStates, startsWith(digits, "011") {
            return international(UnsafeBufferPointer(rebasing: digits.dropFirst(3)), into: output)
        }
        if region == .unitedStates {
            if digits.count == 11, digits[0] == region.trunkPrefix { return national(digits.dropFirst(), region, into: output) }
            return national(digits[...], region, into: output)
        }
        if digits.first == zero {
            return national(digits.drop { $0 == zero }, region, into: output)
        }
        return withoutPrefix(digits, region: region, into: output)
    }

    /// Step 3 of the type's description: digits with neither `+`, international nor trunk prefix.
    private static func withoutPrefix(_ digits: UnsafeBufferPointer<UInt8>, region: PhoneRegion,
                                      into output: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        if region == .germany, (10...11).contains(digits.count), digits[0] == UInt8(ascii: "1"),
            (UInt8(ascii: "5")...UInt8(ascii: "7")).contains(digits[1])
        {
            return national(digits[...], region, into: output)
        }
        if let (codeRegion, length) = PhoneRegion.region(ofCountryCodeIn: digits) {
            let nationalNumber = digits.dropFirst(length)
            let isOwn = codeRegion == region
            let fits =
                codeRegion.nationalNumberLengths.contains(nationalNumber.count)
                && nationalNumber.first.map(codeRegion.acceptsNationalNumber(startingWith:)) == true
            if fits, isOwn || !region.domesticLengths.contains(digits.count) {
                return international(digits, into: output)
            }
        }
        return national(digits[...], region, into: output)
    }

    /// `+` and `digits`, which start with a country code; leading zeros after the code of a
    /// trunk-0 country are dropped.
    private static func international(_ digits: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        if let (codeRegion, length) = PhoneRegion.region(ofCountryCodeIn: digits), codeRegion.trunkPrefix == zero {
            let nationalNumber = digits.dropFirst(length).drop { $0 == zero }
            return compose(digits[0..<length], nationalNumber, into: output)
        }
        return compose(digits[0..<0], digits[...], into: output)
    }

    private static func national(_ nationalNumber: Slice<UnsafeBufferPointer<UInt8>>, _ region: PhoneRegion,
                                 into output: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var code = region.countryCode
        return code.withUTF8 { compose($0[...], nationalNumber, into: output) }
    }

    /// Writes `+`, the country code and the national number into `output` and returns the length,
    /// or nil when that is not 6–15 digits or the national number is empty.
    private static func compose(
        _ countryCode: Slice<UnsafeBufferPointer<UInt8>>, _ nationalNumber: Slice<UnsafeBufferPointer<UInt8>>,
        into output: UnsafeMutableBufferPointer<UInt8>
    ) -> Int? {
        let count = countryCode.count + nationalNumber.count
        guard !nationalNumber.isEmpty, (6...15).contains(count) else { return nil }
        output[0] = UInt8(ascii: "+")
        var index = 1
        for digit in countryCode {
            output[index] = digit
            index += 1
        }
        for digit in nationalNumber {
            output[index] = digit
            index += 1
        }
        return index
    }

    private static func startsWith(_ digits: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard digits.count >= count else { return false }
        return (0..<count).allSatisfy { digits[$0] == prefix.utf8Start[$0] }
    }
}
