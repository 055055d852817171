/// A numbering region a phone number without a country code is read in: the record's country, or
/// the pipeline's default (Germany).
///
/// Only the facts the normaliser needs: the country calling code, the trunk prefix dialled before
/// national numbers, the international prefix, and the lengths of national significant numbers
/// (the digits after the country code), used to recognise numbers whose `+` or leading zero was
/// lost in a spreadsheet.
public enum PhoneRegion: String, Sendable, Hashable, CaseIterable {
    case germany = "DE"
    case austria = "AT"
    case switzerland = "CH"
    case netherlands = "NL"
    case france = "FR"
    case unitedKingdom = "GB"
    case unitedStates = "US"

    /// The ISO 3166 alpha-2 code.
    public var isoCode: String { rawValue }

    /// The country calling code, without `+`: `49` for Germany.
    public var countryCode: String {
        switch self {
        case .germany: "49"
        case .austria: "43"
        case .switzerland: "41"
        case .netherlands: "31"
        case .france: "33"
        case .unitedKingdom: "44"
        case .unitedStates: "1"
        }
    }

    /// The digit dialled before a national number: `0` in Europe, `1` in the North American plan.
    var trunkPrefix: UInt8 {
        self == .unitedStates ? UInt8(ascii: "1") : UInt8(ascii: "0")
    }

    /// The lengths a national significant number can have. German and Austrian numbers vary in
    /// length (area codes of 2–5 digits, subscriber numbers of 3–8), the others are fixed or
    /// nearly so.
    var nationalNumberLengths: ClosedRange<Int> {
        switch self {
        case .germany: 6...11
        case .austria: 6...13
        case .switzerland, .netherlands, .france: 9...9
        case .unitedKingdom: 9...10
        case .unitedStates: 10...10
        }
    }

    /// The lengths at which a bare digit string (no `+`, no prefix) is taken for a national number
    /// of this region that lost its trunk prefix, before any foreign country code is considered.
    /// Longer strings are first tried as foreign numbers that lost their `+`.
    var domesticLengths: ClosedRange<Int> {
        switch self {
        case .germany, .austria: 6...10
        case .switzerland, .netherlands, .france: 6...9
        case .unitedKingdom: 6...10
        case .unitedStates: 6...10
        }
    }

    /// Whether a national significant number may start with `digit` (ASCII). No trunk-0 country
    /// has national numbers starting with 0; North American area codes start with 2–9.
    func acceptsNationalNumber(startingWith digit: UInt8) -> Bool {
        self == .unitedStates ? digit >= UInt8(ascii: "2") : digit != UInt8(ascii: "0")
    }

    /// The region whose country code starts `digits` (ASCII), with the code's length. The known
    /// codes are prefix-free, so at most one matches.
    static func region(ofCountryCodeIn digits: UnsafeBufferPointer<UInt8>) -> (region: PhoneRegion, length: Int)? {
        guard let first = digits.first else { return nil }
        if first == UInt8(ascii: "1") { return (.unitedStates, 1) }
        guard digits.count >= 2 else { return nil }
        switch (first, digits[1]) {
        case (UInt8(ascii: "4"), UInt8(ascii: "9")): return (.germany, 2)
        case (UInt8(ascii: "4"), UInt8(ascii: "3")): return (.austria, 2)
        case (UInt8(ascii: "4"), UInt8(ascii: "1")): return (.switzerland, 2)
        case (UInt8(ascii: "4"), UInt8(ascii: "4")): return (.unitedKingdom, 2)
        case (UInt8(ascii: "3"), UInt8(ascii: "1")): return (.netherlands, 2)
        case (UInt8(ascii: "3"), UInt8(ascii: "3")): return (.france, 2)
        default: return nil
        }
    }
}
